import type { RunActiveStatus } from '../../events/ThreadEvent';

/**
 * Where an Assistants Run `status` stands while the run goes on (`queued`, `in_progress` is
 * `running`, `cancelling`), or null for `requires_action`, a terminal status or an unknown one.
 */
export function toAssistantsRunActiveStatus(status: unknown): RunActiveStatus | null {
  switch (status) {
    case 'queued': {
      return 'queued';
    }
    case 'in_progress': {
      return 'running';
    }
    case 'cancelling': {
      return 'cancelling';
    }
    default: {
      return null;
    }
  }
}

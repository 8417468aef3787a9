import type { RunEndStatus } from '../../events/ThreadEvent';

/**
 * How an Assistants Run `status` ends the run, or null while the run is still going
 * (`queued`, `in_progress`, `requires_action`, `cancelling`) or the status is unknown. Use it on
 * the Run JSON polled from `GET /threads/{thread_id}/runs/{run_id}` after a dropped stream.
 */
export function toAssistantsRunEndStatus(status: unknown): RunEndStatus | null {
  switch (status) {
    case 'completed': {
      return 'complete';
    }
    case 'failed': {
      return 'failed';
    }
    case 'cancelled': {
      return 'cancelled';
    }
    case 'incomplete': {
      return 'incomplete';
    }
    case 'expired': {
      return 'expired';
    }
    default: {
      return null;
    }
  }
}

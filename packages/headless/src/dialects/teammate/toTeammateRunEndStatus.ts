import type { RunEndStatus } from '../../events/ThreadEvent';

/**
 * How a Teammate Run's `status` (from `GET /runs/{id}`) ends a run, or null while the run
 * goes on (`running`, `paused`, `awaiting_approval`...). The terminal statuses are the
 * server's `TERMINAL_RUN_STATUSES`; `closed` is a finished run that takes no more replies.
 */
export function toTeammateRunEndStatus(status: unknown): RunEndStatus | null {
  switch (status) {
    case 'completed':
    case 'closed': {
      return 'complete';
    }
    case 'failed': {
      return 'failed';
    }
    case 'cancelled': {
      return 'cancelled';
    }
    default: {
      return null;
    }
  }
}

import type { ConnectionState, ThreadStatus } from '@threadline/headless';

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  status: ThreadStatus;
  connection: ConnectionState;
  /** The latest run's server id, when it has one. */
  runId?: string | null;
}

/** The thread's status, its stream's connection state and the run id, in one quiet line. */
export function StatusLine({ status, connection, runId }: StatusLineProps) {
  return (
    <p className="demo-status" aria-label={`Thread ${status}, connection ${connection}${runId ? `, run ${runId}` : ''}`}>
      <span className="demo-status-item" data-state={status}>
        <span className="demo-dot" aria-hidden="true" />
        thread <strong>{status}</strong>
      </span>
      <span className="demo-status-item" data-state={connection}>
        <span className="demo-dot" aria-hidden="true" />
        connection <strong>{connection}</strong>
      </span>
      {runId ? (
        <span className="demo-status-item demo-status-run" title={runId}>
          run <code>{runId}</code>
        </span>
      ) : null}
    </p>
  );
}

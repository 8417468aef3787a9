import type { ConnectionState, ThreadStatus } from '@threadline/headless';

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  status: ThreadStatus;
  connection: ConnectionState;
  /** The latest run's server id, when it has one. */
  runId?: string | null;
  /** The thread's title, when the server named it. */
  title?: string | null;
}

/** The thread's status, its stream's connection state, its title and the run id, in one quiet line. */
export function StatusLine({ status, connection, runId, title }: StatusLineProps) {
  return (
    <p className="demo-status" aria-label={`Thread ${status}, connection ${connection}${title ? `, titled “${title}”` : ''}${runId ? `, run ${runId}` : ''}`}>
      <span className="demo-status-item" data-state={status}>
        <span className="demo-dot" aria-hidden="true" />
        thread <strong>{status}</strong>
      </span>
      <span className="demo-status-item" data-state={connection}>
        <span className="demo-dot" aria-hidden="true" />
        connection <strong>{connection}</strong>
      </span>
      {title ? (
        <span className="demo-status-item demo-status-title" title={title}>
          “{title}”
        </span>
      ) : null}
      {runId ? (
        <span className="demo-status-item demo-status-run" title={runId}>
          run <code>{runId}</code>
        </span>
      ) : null}
    </p>
  );
}

import type { ConnectionState, ThreadStatus } from '@threadline/headless';

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  status: ThreadStatus;
  connection: ConnectionState;
}

/** The thread's status and its stream's connection state, in one quiet line. */
export function StatusLine({ status, connection }: StatusLineProps) {
  return (
    <p className="demo-status" aria-label={`Thread ${status}, connection ${connection}`}>
      <span className="demo-status-item" data-state={status}>
        <span className="demo-dot" aria-hidden="true" />
        thread <strong>{status}</strong>
      </span>
      <span className="demo-status-item" data-state={connection}>
        <span className="demo-dot" aria-hidden="true" />
        connection <strong>{connection}</strong>
      </span>
    </p>
  );
}

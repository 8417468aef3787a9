import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import type { ConnectionState } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';

/** The words {@link ConnectionStatus} shows for the states worth telling a person about. */
export interface ConnectionStatusLabels {
  stalled: ReactNode;
  reconnecting: ReactNode;
}

/** Props of {@link ConnectionStatus}. */
export interface ConnectionStatusProps extends HTMLAttributes<HTMLParagraphElement> {
  /** The thread's connection state (`useThreadStream(...).connection`). */
  connection: ConnectionState;
  /** Replaces the default words ("Waiting for the server…", "Reconnecting…"). */
  labels?: Partial<ConnectionStatusLabels>;
}

const defaultLabels: ConnectionStatusLabels = { stalled: 'Waiting for the server…', reconnecting: 'Reconnecting…' };

/**
 * A quiet line while the stream has a problem it is handling: `stalled` (nothing has arrived
 * for longer than the server's heartbeat says it should) and `reconnecting`. Renders nothing in
 * every other state; a connection that failed for good is the thread's error, which
 * `ErrorBanner` shows. A polite live region, with `data-state` for styling.
 */
export const ConnectionStatus = forwardRef<HTMLParagraphElement, ConnectionStatusProps>(function ConnectionStatus({ connection, labels, className, ...props }, ref) {
  if (connection !== 'stalled' && connection !== 'reconnecting') return null;
  const text = { ...defaultLabels, ...labels }[connection];
  return (
    <p ref={ref} role="status" className={joinClassNames('tl-connection-status', className)} data-state={connection} {...props}>
      {text}
    </p>
  );
});

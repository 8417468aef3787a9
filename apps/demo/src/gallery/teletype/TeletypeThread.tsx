import { useEffect, useRef } from 'react';
import type { UIEvent } from 'react';
import type { ThreadStatus } from '@threadline/headless';
import { useThreadStream } from '@threadline/headless/react';
import type { GalleryThreadProps } from '../galleryThread';
import { TeletypeItem } from './TeletypeItem';
import './teletype.css';

const busyStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'cancelling']);

/**
 * The gallery thread restyled from the hooks alone: no `@threadline/ui`, only what
 * `useThreadStream` returns (items, status, progress, error, retry) in plain JSX and CSS,
 * printed like a teletype log with numbered footnotes for the sources.
 */
export function TeletypeThread({ threadKey, connection }: GalleryThreadProps) {
  const stream = useThreadStream(threadKey, connection);
  const { items, status, runProgress, notices, error, threadId, retry } = stream;
  const busy = busyStatuses.has(status);
  const log = useRef<HTMLDivElement>(null);
  const following = useRef(true);

  // Keep the end of the log in view as it prints, until the reader scrolls up.
  useEffect(() => {
    const element = log.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [items, runProgress, error]);
  const follow = (event: UIEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
  };

  return (
    <section className="tty" data-state={status} aria-label="Thread as a teletype log" aria-busy={busy}>
      <header className="tty-bar">
        <span className="tty-title">tty://{threadId ?? 'new-thread'}</span>
        <span className="tty-status" data-state={status}>
          <span className="tty-sr">Status: </span>
          {status.replace('_', ' ')}
        </span>
      </header>
      <div ref={log} className="tty-log" tabIndex={0} role="region" aria-label="Teletype transcript" onScroll={follow}>
        {notices.map((notice, index) => (
          <p key={index} className="tty-notice" data-level={notice.level}>
            <strong>{notice.title ?? notice.level}</strong> {notice.message}
          </p>
        ))}
        {items.length === 0 && !busy && !error ? (
          <p className="tty-dim">
            $ waiting for a prompt
            <span className="tty-cursor" aria-hidden="true" />
          </p>
        ) : null}
        <ol className="tty-items">
          {items.map((item) => (
            <li key={item.id} data-kind={item.kind}>
              <TeletypeItem item={item} />
            </li>
          ))}
        </ol>
        {busy ? (
          <p className="tty-progress">
            <span aria-hidden="true">~ </span>
            {runProgress.at(-1)?.text ?? 'working…'}
          </p>
        ) : null}
        {error ? (
          <div className="tty-error">
            <p>
              <strong>error</strong> <span className="tty-dim">({error.kind})</span> {error.message}
            </p>
            {/* ChatKit retries after the last user message, so only a thread the server created can. */}
            {error.retryable && threadId ? (
              <button type="button" className="tty-button" onClick={() => void retry().catch(() => undefined)} disabled={busy}>
                retry
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <footer className="tty-footer">
        <span>link {stream.connection}</span>
        <span>
          {items.length} {items.length === 1 ? 'item' : 'items'}
        </span>
      </footer>
    </section>
  );
}

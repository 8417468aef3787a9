import type { HeadersOption } from '../transport/HeadersOption';
import { createAttachments } from './createAttachments';
import type { ThreadStore } from './createThreadStore';
import { createBackoff } from '../transport/createBackoff';
import { createStreamSession } from './createStreamSession';
import { sleep } from './sleep';
import type { ThreadController } from './ThreadController';
import { toThreadError } from './toThreadError';
import type { FrameListener } from './FrameListener';
import type { SseReadOptions } from '../transport/SseReadOptions';
import type { SseTransport } from '../transport/SseTransport';

/** Options for {@link createWatchController}. */
export interface WatchControllerOptions {
  threadStore: ThreadStore;
  /** The thread's key in the store. */
  threadId: string;
  /** The event stream to read (GET). */
  url: string;
  headers?: HeadersOption;
  fetch?: typeof fetch;
  onWarning?: (message: string) => void;
  /** Sees every SSE message with the events decoded from it. */
  onFrame?: FrameListener;
  /** Opens the event streams (default: `openSseStream`, on the main thread). */
  sseTransport?: SseTransport;
  /** The stall deadline and the frame limit of every stream (see `openSseStream`). */
  sseOptions?: SseReadOptions;
  /** First reconnect delay in ms, doubled per attempt with jitter (default 250); a server's `retry:` replaces it. */
  reconnectDelayMs?: number;
  /** How often a broken stream with event ids is resumed before it is marked failed (default 5). */
  maxReconnects?: number;
}

/**
 * Reads an event stream in whatever dialect it turns out to speak (`dialect: 'auto'`): the
 * dialect is recognised from the first frames. Each dialect sends its own way, so a watched
 * stream is read-only: `send`, `cancel`, `respond` and `retry` reject.
 */
export function createWatchController(options: WatchControllerOptions): ThreadController {
  const { threadStore, threadId } = options;
  const maxReconnects = options.maxReconnects ?? 5;
  const session = createStreamSession({
    threadStore,
    threadId,
    dialect: 'auto',
    onWarning: options.onWarning,
    onFrame: options.onFrame,
    sseTransport: options.sseTransport,
    sseOptions: options.sseOptions,
    reconnectDelayMs: options.reconnectDelayMs,
  });
  // The dialect is not known until the first frames say it.
  threadStore.ensureThread(threadId, null, null);

  // A stream that numbers its events (`id:`) is resumed after the last one it sent; one that
  // does not would replay from its start, so its break is reported instead.
  const watch = async () => {
    const backoff = createBackoff({ baseMs: options.reconnectDelayMs });
    let end = await session.open({ url: options.url, headers: options.headers, fetch: options.fetch });
    while (end.kind === 'failed' && end.error.retryable && session.lastEventId !== undefined && backoff.attempts < maxReconnects) {
      if (session.retryMs !== undefined) backoff.setBase(session.retryMs);
      threadStore.setConnection(threadId, 'reconnecting');
      await sleep(backoff.next(end.error));
      end = await session.open({ url: options.url, headers: options.headers, fetch: options.fetch }, { reconnecting: true, lastEventId: session.lastEventId });
    }
    if (end.kind !== 'failed') return;
    threadStore.dispatch(threadId, { type: 'run-error', error: toThreadError(end.error) });
    threadStore.setConnection(threadId, 'failed');
  };
  const attachments = createAttachments({
    onAttach: () => {
      if (!session.active) void watch();
    },
    onLast: () => session.abort(),
  });
  const readOnly = async () => {
    throw new Error('A stream watched with dialect "auto" is read-only: give its dialect to send, cancel or answer.');
  };

  return {
    threadId,
    dialect: 'auto',
    attach: attachments.attach,
    send: readOnly,
    cancel: readOnly,
    detach: () => session.abort(),
    respond: readOnly,
    retry: readOnly,
  };
}

import type { HeadersOption } from '../transport/HeadersOption';
import { createAttachments } from './createAttachments';
import type { ThreadStore } from './createThreadStore';
import { createStreamSession } from './createStreamSession';
import type { ThreadController } from './ThreadController';
import { toThreadError } from './toThreadError';
import type { FrameListener } from './FrameListener';
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
}

/**
 * Reads an event stream in whatever dialect it turns out to speak (`dialect: 'auto'`): the
 * dialect is recognised from the first frames. Each dialect sends its own way, so a watched
 * stream is read-only: `send`, `cancel`, `respond` and `retry` reject.
 */
export function createWatchController(options: WatchControllerOptions): ThreadController {
  const { threadStore, threadId } = options;
  const session = createStreamSession({ threadStore, threadId, dialect: 'auto', onWarning: options.onWarning, onFrame: options.onFrame, sseTransport: options.sseTransport });
  // The dialect is not known until the first frames say it.
  threadStore.ensureThread(threadId, null, null);

  const watch = async () => {
    const end = await session.open({ url: options.url, headers: options.headers, fetch: options.fetch });
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

import type { DialectName } from '../events/DialectName';
import type { ThreadEvent } from '../events/ThreadEvent';
import { createDecoder } from '../dialects/createDecoder';
import { createBackoff } from '../transport/createBackoff';
import { openSseStream } from '../transport/openSseStream';
import type { FrameListener } from './FrameListener';
import type { SseReadOptions } from '../transport/SseReadOptions';
import type { SseTransport } from '../transport/SseTransport';
import type { StreamRequest } from '../transport/StreamRequest';
import { TransportError } from '../transport/TransportError';
import type { ThreadStore } from './createThreadStore';
import { invalidTextNotice } from './invalidTextNotice';
import { sleep } from './sleep';

/** How a streamed response ended. */
export type StreamEnd = { kind: 'ended' } | { kind: 'aborted' } | { kind: 'failed'; error: TransportError };

/** Options for {@link createStreamSession}. */
export interface StreamSessionOptions {
  threadStore: ThreadStore;
  threadId: string;
  /** The stream's dialect, or `auto` to recognise it from the first frames. */
  dialect: DialectName | 'auto';
  /** Prefix for ids the decoder makes up. */
  idPrefix?: string;
  onWarning?: (message: string) => void;
  /** Receives `client-effect` events. */
  onClientEffect?: (effect: { name: string; data: Record<string, unknown> }) => void;
  /** Receives the server's id for the thread when a stream names it. */
  onThreadId?: (id: string) => void;
  /** Sees every batch of decoded events before it is queued. */
  onEvents?: (events: readonly ThreadEvent[]) => void;
  /** Sees every SSE message with the events decoded from it. */
  onFrame?: FrameListener;
  /** Opens the event streams (default: `openSseStream`, on the main thread). */
  sseTransport?: SseTransport;
  /** The stall deadline and the frame limit of every stream (see `openSseStream`). */
  sseOptions?: SseReadOptions;
  /** First wait in ms before a refused request (408, 429, 503) is asked again, doubled with jitter (default 250). */
  reconnectDelayMs?: number;
}

// Statuses that say the request was not acted on and may be sent again as it is.
const refusedForNow: ReadonlySet<number> = new Set([408, 429, 503]);
const maxRefusals = 4;

/** Options for one {@link StreamSession.open}. */
export interface StreamOpenOptions {
  /** Events applied in the same frame as the stream's first ones. */
  before?: readonly ThreadEvent[];
  /** The decoder's id prefix for this stream (default: the session's). */
  idPrefix?: string;
  /** Called once the server has answered with an event stream. */
  onOpen?: () => void;
  /** The stream replaces one that broke: the connection reads `reconnecting` until it is open. */
  reconnecting?: boolean;
  /** Sent as `Last-Event-ID`, so a server that numbers its events resumes after it. */
  lastEventId?: string;
}

/** One response stream at a time for a thread, decoded into the store. */
export interface StreamSession {
  /**
   * Streams the response to `request` into the thread (aborting any stream still open) and
   * resolves with how it ended; it never rejects. `before` is applied in the same frame as the
   * first events, so replacing content (a replayed run) never shows an empty thread.
   */
  open(request: StreamRequest, options?: StreamOpenOptions): Promise<StreamEnd>;
  /** Stops listening to the open stream. */
  abort(): void;
  /** Whether a stream is open or opening. */
  readonly active: boolean;
  /** The id of the last event any stream carried (`id:`), for resuming. */
  readonly lastEventId: string | undefined;
  /** The server's `retry:` reconnection time in ms, when a stream named one. */
  readonly retryMs: number | undefined;
}

/** The plumbing every request-scoped dialect shares: fetch, decode, enqueue, report. */
export function createStreamSession(options: StreamSessionOptions): StreamSession {
  const { threadStore, threadId } = options;
  const openStream = options.sseTransport ?? openSseStream;
  let current: AbortController | null = null;
  let lastEventId: string | undefined;
  let retryMs: number | undefined;

  function deliver(events: readonly ThreadEvent[]): void {
    options.onEvents?.(events);
    for (const event of events) {
      if (event.type === 'client-effect') options.onClientEffect?.({ name: event.name, data: event.data });
      if (event.type === 'thread-update' && event.id) options.onThreadId?.(event.id);
    }
    threadStore.enqueue(threadId, events);
  }

  async function open(request: StreamRequest, openOptions: StreamOpenOptions = {}): Promise<StreamEnd> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const decoder = createDecoder(options.dialect, { idPrefix: openOptions.idPrefix ?? options.idPrefix, onWarning: options.onWarning });
    let before = openOptions.before ?? [];
    const take = (events: readonly ThreadEvent[]) => {
      if (before.length === 0) return events;
      const all = [...before, ...events];
      before = [];
      return all;
    };
    const backoff = createBackoff({ baseMs: options.reconnectDelayMs });
    for (let attempt = 1; ; attempt += 1) {
      let opened = false;
      try {
        await openStream({
          ...request,
          signal: controller.signal,
          ...options.sseOptions,
          lastEventId: openOptions.lastEventId,
          onMessage: (message) => {
            if (message.id !== undefined) lastEventId = message.id;
            const events = decoder.decode(message);
            options.onFrame?.(message, events);
            deliver(take(events));
          },
          onRetry: (milliseconds) => (retryMs = milliseconds),
          onInvalidText: () => deliver(take([invalidTextNotice])),
          onStateChange: (state) => {
            if (current !== controller) return;
            if (state === 'connecting') threadStore.setConnection(threadId, openOptions.reconnecting || attempt > 1 ? 'reconnecting' : 'connecting');
            if (state === 'open' || state === 'stalled') threadStore.setConnection(threadId, state);
            if (state === 'open') {
              opened = true;
              openOptions.onOpen?.();
            }
          },
        });
        deliver(take(decoder.finish()));
        return finish(controller, { kind: 'ended' });
      } catch (error) {
        const failure = error instanceof TransportError ? error : new TransportError('network', String(error));
        if (failure.kind === 'aborted') return finish(controller, { kind: 'aborted' });
        // Refused before anything was done (busy, rate-limited): the same request is asked again.
        if (!opened && failure.status !== null && refusedForNow.has(failure.status) && attempt < maxRefusals) {
          threadStore.setConnection(threadId, 'reconnecting');
          await sleep(backoff.next(failure), controller.signal);
          if (controller.signal.aborted) return finish(controller, { kind: 'aborted' });
          continue;
        }
        deliver(take(decoder.finish()));
        return finish(controller, { kind: 'failed', error: failure });
      }
    }
  }

  function finish(controller: AbortController, end: StreamEnd): StreamEnd {
    threadStore.flush();
    if (current === controller) {
      current = null;
      threadStore.setConnection(threadId, 'closed');
    }
    return end;
  }

  return {
    open,
    abort() {
      if (!current) return;
      current.abort();
      current = null;
      threadStore.setConnection(threadId, 'closed');
    },
    get active() {
      return current !== null;
    },
    get lastEventId() {
      return lastEventId;
    },
    get retryMs() {
      return retryMs;
    },
  };
}

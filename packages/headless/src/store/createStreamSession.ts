import type { DialectName } from '../events/DialectName';
import type { ThreadEvent } from '../events/ThreadEvent';
import { createDecoder } from '../dialects/createDecoder';
import { openSseStream } from '../transport/openSseStream';
import type { FrameListener } from './FrameListener';
import type { SseTransport } from '../transport/SseTransport';
import type { StreamRequest } from '../transport/StreamRequest';
import { TransportError } from '../transport/TransportError';
import type { ThreadStore } from './createThreadStore';

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
}

/** Options for one {@link StreamSession.open}. */
export interface StreamOpenOptions {
  /** Events applied in the same frame as the stream's first ones. */
  before?: readonly ThreadEvent[];
  /** The decoder's id prefix for this stream (default: the session's). */
  idPrefix?: string;
  /** Called once the server has answered with an event stream. */
  onOpen?: () => void;
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
}

/** The plumbing every request-scoped dialect shares: fetch, decode, enqueue, report. */
export function createStreamSession(options: StreamSessionOptions): StreamSession {
  const { threadStore, threadId } = options;
  const openStream = options.sseTransport ?? openSseStream;
  let current: AbortController | null = null;

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
    try {
      await openStream({
        ...request,
        signal: controller.signal,
        onMessage: (message) => {
          const events = decoder.decode(message);
          options.onFrame?.(message, events);
          deliver(take(events));
        },
        onStateChange: (state) => {
          if (current === controller && (state === 'connecting' || state === 'open')) threadStore.setConnection(threadId, state);
          if (state === 'open') openOptions.onOpen?.();
        },
      });
      deliver(take(decoder.finish()));
      return { kind: 'ended' };
    } catch (error) {
      const failure = error instanceof TransportError ? error : new TransportError('network', String(error));
      if (failure.kind === 'aborted') return { kind: 'aborted' };
      deliver(take(decoder.finish()));
      return { kind: 'failed', error: failure };
    } finally {
      threadStore.flush();
      if (current === controller) {
        current = null;
        threadStore.setConnection(threadId, 'closed');
      }
    }
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
  };
}

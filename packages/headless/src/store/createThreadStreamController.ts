import type { BoostedApi } from '../api/createBoostedApi';
import { createBoostedDecoder, toRunEndStatus } from '../dialects/boosted/createBoostedDecoder';
import type { ThreadEvent } from '../events/ThreadEvent';
import type { FrameListener } from './FrameListener';
import type { SseReadOptions } from '../transport/SseReadOptions';
import type { SseTransport } from '../transport/SseTransport';
import type { ThreadStreamTransport } from '../transport/ThreadStreamTransport';
import { createBackoff } from '../transport/createBackoff';
import { openSseStream } from '../transport/openSseStream';
import { TransportError } from '../transport/TransportError';
import type { ThreadStore } from './createThreadStore';
import { sendAgain } from './lastUserMessage';
import { invalidTextNotice } from './invalidTextNotice';
import { localUserMessage } from './localUserMessage';
import { sleep } from './sleep';
import type { QueryRunner, ThreadController } from './ThreadController';
import { toThreadError } from './toThreadError';

export type { QueryRunner } from './ThreadController';

/** Options for {@link createThreadStreamController}. */
export interface ThreadStreamControllerOptions {
  threadStore: ThreadStore;
  threadId: string;
  api: BoostedApi;
  fetchQuery?: QueryRunner;
  /** How often to reopen a stream that closed or broke before giving up (default 5). */
  maxReconnects?: number;
  /** First reconnect delay in ms, doubled per attempt with jitter (default 250); a server's `retry:` replaces it. */
  reconnectDelayMs?: number;
  /** The stall deadline and the frame limit of every stream (see `openSseStream`). */
  sseOptions?: SseReadOptions;
  /** After an early close, how often to ask the progress endpoint while the task still runs (default 1000). */
  recoveryPollMs?: number;
  onWarning?: (message: string) => void;
  /** Sees every SSE message with the events decoded from it. */
  onFrame?: FrameListener;
  /** Opens the SSE event streams (default: `openSseStream`, on the main thread). */
  sseTransport?: SseTransport;
  /**
   * Opens the thread's event stream instead of SSE at `api.streamUrl` (the gRPC service's
   * `createBoostedGrpcTransport`, from `@threadline/headless/grpc`). Reconnects and recovery are
   * the same whichever transport it is.
   */
  streamTransport?: ThreadStreamTransport;
}

/** Owns one Boosted thread's stream: connects, decodes into the store, recovers, sends and cancels. */
export interface ThreadStreamController extends ThreadController {
  readonly api: BoostedApi;
  /** Holds the stream open while attached; returns the detach function. Detaching never cancels the task. */
  attach(): () => void;
  connect(): void;
  /** Closes the connection. The server's task keeps running. */
  disconnect(): void;
  /**
   * Shows the message, opens the stream if needed and waits until it is open, then posts the
   * message (the Thread API loses chunks sent before the stream is open).
   */
  send(text: string): Promise<void>;
  /** Cancels the running task on the server (`DELETE /v2/threads/{id}/task`). */
  cancel(): Promise<void>;
}

// A connection that stayed open this long was healthy: its close starts the backoff afresh.
const HEALTHY_CONNECTION_MS = 10_000;
const directly: QueryRunner = (_key, read) => read();

/**
 * The controller for a Boosted thread. Its stream is persistent and carries every run; when it
 * closes before the thread is complete, the progress endpoint says whether the task finished
 * (then the final message is read and folded in) or still runs (then the stream is reopened).
 */
export function createThreadStreamController(options: ThreadStreamControllerOptions): ThreadStreamController {
  const { threadStore, threadId, api } = options;
  const fetchQuery = options.fetchQuery ?? directly;
  const maxReconnects = options.maxReconnects ?? 5;
  const reconnectDelayMs = options.reconnectDelayMs ?? 250;
  const recoveryPollMs = options.recoveryPollMs ?? 1000;
  const openSse = options.sseTransport ?? openSseStream;
  const openStream: ThreadStreamTransport =
    options.streamTransport ?? (({ threadId: id, ...connection }) => openSse({ ...connection, url: api.streamUrl(id), fetch: api.options.fetch }));
  // One decoder for the thread's life: a reopened stream continues the message it left open.
  const decoder = createBoostedDecoder({ onWarning: options.onWarning });
  let connection: AbortController | null = null;
  let attachments = 0;
  let detachTimer: ReturnType<typeof setTimeout> | null = null;
  let openWaiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  let polling = false;
  // A stream broke while the run went on: what the server wrote meanwhile is lost, so the run's
  // end, whichever way it comes, is followed by reading the final message.
  let missedFrames = false;

  threadStore.ensureThread(threadId, 'boosted');

  const isOpen = () => threadStore.store.getState().connections[threadId] === 'open';
  const settleWaiters = (error?: unknown) => {
    const waiters = openWaiters;
    openWaiters = [];
    for (const waiter of waiters) {
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
  };

  async function recover(signal: AbortSignal): Promise<'done' | 'reconnect'> {
    const progress = await fetchQuery(['threadline', 'boosted', threadId, 'progress'], () => api.getProgress(threadId, signal));
    if (toRunEndStatus(progress?.status ?? null) === null) return 'reconnect';
    const last = await fetchQuery(['threadline', 'boosted', threadId, 'latest-message'], () => api.getLatestMessage(threadId, signal));
    const message = last && !last.isUser ? { text: last.text, citations: last.citations } : null;
    threadStore.dispatch(threadId, decoder.recover({ status: progress?.status ?? null, message }));
    return 'done';
  }

  const isRunning = () => threadStore.getThread(threadId)?.status === 'running';

  // The Thread API does not replay what a closed stream missed, so a task that was still
  // running when its stream closed is watched through the progress endpoint until it ends.
  async function pollRecovery(signal: AbortSignal): Promise<void> {
    if (polling) return;
    polling = true;
    try {
      while (!signal.aborted && isRunning()) {
        await sleep(recoveryPollMs, signal);
        if (signal.aborted || !isRunning()) return;
        if ((await recover(signal)) === 'done') return;
      }
    } catch {
      // The stream loop reports lasting failures; a failed poll is retried by the next close.
    } finally {
      polling = false;
    }
  }

  async function run(signal: AbortSignal): Promise<void> {
    const backoff = createBackoff({ baseMs: reconnectDelayMs });
    let failures = 0;
    let reconnecting = false;
    while (!signal.aborted) {
      let failure: TransportError | null = null;
      let openedAt: number | null = null;
      try {
        await openStream({
          threadId,
          headers: api.options.headers,
          signal,
          ...options.sseOptions,
          onMessage: (message) => {
            failures = 0;
            backoff.reset();
            const events = decoder.decode(message);
            options.onFrame?.(message, events);
            threadStore.enqueue(threadId, events);
            if (missedFrames && events.some((event) => event.type === 'run-end')) {
              missedFrames = false;
              void recover(signal).catch(() => {});
            }
          },
          onRetry: (milliseconds) => backoff.setBase(milliseconds),
          onInvalidText: () => threadStore.enqueue(threadId, [invalidTextNotice]),
          onStateChange: (state) => {
            // Whether a close or failure is final is decided below, not by the transport.
            if (state === 'closed' || state === 'failed' || (state === 'connecting' && reconnecting)) return;
            threadStore.setConnection(threadId, state);
            if (state === 'open') {
              reconnecting = false;
              openedAt = Date.now();
              settleWaiters();
            }
          },
        });
      } catch (error) {
        failure = error instanceof TransportError ? error : new TransportError('network', String(error));
      }
      threadStore.enqueue(threadId, decoder.finish());
      threadStore.flush();
      if (signal.aborted) return;
      if (failure && !failure.retryable) {
        fail(failure);
        return;
      }
      try {
        if (isRunning()) missedFrames = true;
        if (isRunning() && (await recover(signal)) === 'reconnect') void pollRecovery(signal);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof TransportError && !error.retryable) {
          fail(error);
          return;
        }
      }
      if (openedAt !== null && Date.now() - openedAt > HEALTHY_CONNECTION_MS) {
        failures = 0;
        backoff.reset();
      }
      failures += 1;
      if (failures > maxReconnects) {
        fail(failure ?? new TransportError('network', 'The stream kept closing and could not be reopened.'));
        return;
      }
      reconnecting = true;
      threadStore.setConnection(threadId, 'reconnecting');
      await sleep(backoff.next(failure), signal);
    }
  }

  function fail(error: TransportError): void {
    threadStore.dispatch(threadId, { type: 'run-error', error: toThreadError(error) });
    threadStore.setConnection(threadId, 'failed');
    connection = null;
    settleWaiters(error);
  }

  function connect(): void {
    if (connection) return;
    const controller = new AbortController();
    connection = controller;
    void run(controller.signal).finally(() => {
      if (connection === controller) connection = null;
    });
  }

  function disconnect(): void {
    connection?.abort();
    connection = null;
    threadStore.setConnection(threadId, 'closed');
    settleWaiters(new TransportError('aborted', 'The stream was closed before it opened.'));
  }

  function whenOpen(): Promise<void> {
    connect();
    if (isOpen()) return Promise.resolve();
    return new Promise((resolve, reject) => openWaiters.push({ resolve, reject }));
  }

  async function send(text: string): Promise<void> {
    // The question shows at once, and stays with the error if the stream cannot be opened.
    const local: ThreadEvent[] = [...localUserMessage(text), { type: 'run-start' }];
    missedFrames = false;
    // On an open stream the request leaves first: the question's render (queued by the dispatch
    // as a microtask) would otherwise run before the request's fetch, and the answer start later.
    // The store applies connection changes at the next frame: flushed first, `isOpen()` is the
    // stream's state now, not a closed one's that a frame has not shown yet (the answer's frames
    // would then be sent while no stream is there to take them).
    threadStore.flush();
    const posted = isOpen() ? api.postMessage(threadId, text) : whenOpen().then(() => api.postMessage(threadId, text));
    threadStore.dispatch(threadId, local);
    try {
      await posted;
    } catch (error) {
      threadStore.dispatch(threadId, [{ type: 'run-error', error: toThreadError(error) }, { type: 'run-end', status: 'failed' }]);
      throw error;
    }
  }

  async function cancel(): Promise<void> {
    await api.cancelTask(threadId);
    // With no stream to report it, the cancel is recorded here.
    if (!isOpen()) threadStore.dispatch(threadId, { type: 'run-end', status: 'cancelled' });
  }

  function attach(): () => void {
    attachments += 1;
    if (detachTimer) clearTimeout(detachTimer);
    detachTimer = null;
    connect();
    let attached = true;
    return () => {
      if (!attached) return;
      attached = false;
      attachments -= 1;
      // A remount in the same tick (React StrictMode) keeps the connection.
      if (attachments === 0) detachTimer = setTimeout(() => attachments === 0 && disconnect(), 0);
    };
  }

  return {
    threadId,
    dialect: 'boosted',
    api,
    attach,
    connect,
    disconnect,
    send,
    cancel,
    detach: disconnect,
    async respond() {
      throw new Error('A Boosted thread never waits for an answer: it has no pending actions.');
    },
    retry: () => sendAgain(threadStore.getThread(threadId), send, (itemId) => threadStore.dispatch(threadId, { type: 'item-remove', itemId })),
  };
}

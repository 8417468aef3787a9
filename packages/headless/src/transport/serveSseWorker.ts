import { openSseStream } from './openSseStream';
import type { SseWorkerCommand, SseWorkerEntry, SseWorkerPort, SseWorkerReport } from './SseWorkerMessage';
import { TransportError } from './TransportError';

/** Options for {@link serveSseWorker}. */
export interface ServeSseWorkerOptions {
  /**
   * The least time between two posts of a stream's entries to the page once it streams
   * fast, in ms (default 16), for a stream whose request names none. After a quiet spell,
   * entries are posted as soon as the chunks that arrived with them are read.
   */
  batchMs?: number;
}

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

/**
 * The worker's side of {@link createSseWorkerTransport}: opens the streams the page asks for
 * with `fetch`, parses them, and posts what they carry back in batches, so the page's main
 * thread handles one task per batch instead of one per network chunk.
 */
export function serveSseWorker(port: SseWorkerPort, options: ServeSseWorkerOptions = {}): void {
  const batchMs = options.batchMs ?? 16;
  const burstPosts = 4;
  const streams = new Map<number, AbortController>();
  const post = (report: SseWorkerReport) => port.postMessage(report);

  function open(streamId: number, request: Extract<SseWorkerCommand, { type: 'open' }>['request']): void {
    const controller = new AbortController();
    streams.set(streamId, controller);
    let pending: SseWorkerEntry[] = [];
    // A token bucket: a few posts may follow one another (a stream's first frames), then at
    // most one per `streamBatchMs`.
    const streamBatchMs = request.batchMs ?? batchMs;
    let credits = burstPosts;
    let refilledAt = now();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (pending.length === 0 || controller.signal.aborted) return;
      credits -= 1;
      post({ type: 'entries', streamId, entries: pending });
      pending = [];
    };
    const push = (entry: SseWorkerEntry) => {
      pending.push(entry);
      if (timer !== null) return;
      const time = now();
      credits = Math.min(burstPosts, credits + (time - refilledAt) / streamBatchMs);
      refilledAt = time;
      // Even with credit left, wait for the end of the task: chunks that arrived together (a
      // burst) are read before it ends and go to the page in one post.
      timer = setTimeout(flush, credits >= 1 ? 0 : (1 - credits) * streamBatchMs);
    };
    openSseStream({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: request.body,
      lastEventId: request.lastEventId,
      stallTimeoutMs: request.stallTimeoutMs,
      maxFrameBytes: request.maxFrameBytes,
      signal: controller.signal,
      onMessage: (message) => push({ type: 'message', message }),
      onComment: (comment) => push({ type: 'comment', comment }),
      onRetry: (milliseconds) => push({ type: 'retry', milliseconds }),
      onInvalidText: () => push({ type: 'invalid-text' }),
      onStateChange: (state) => {
        flush();
        if (!controller.signal.aborted) post({ type: 'state', streamId, state });
      },
    }).then(
      () => {
        flush();
        post({ type: 'end', streamId });
      },
      (error: unknown) => {
        flush();
        const failure = error instanceof TransportError ? error : new TransportError('network', String(error));
        post({ type: 'failure', streamId, failure: { kind: failure.kind, message: failure.message, status: failure.status, code: failure.code, retryable: failure.retryable, retryAfterMs: failure.retryAfterMs } });
      },
    ).finally(() => {
      if (streams.get(streamId) === controller) streams.delete(streamId);
    });
  }

  port.addEventListener('message', (event) => {
    const command = event.data as SseWorkerCommand;
    switch (command.type) {
      case 'open': {
        open(command.streamId, command.request);
        break;
      }
      case 'abort': {
        streams.get(command.streamId)?.abort();
        streams.delete(command.streamId);
        break;
      }
      default: {
        command satisfies never;
      }
    }
  });
  post({ type: 'ready' });
}

import type { ConnectionState } from './ConnectionState';
import { resolveHeaders } from './HeadersOption';
import { openSseStream } from './openSseStream';
import type { OpenSseStreamOptions } from './openSseStream';
import type { SseTransport } from './SseTransport';
import type { SseWorkerCommand, SseWorkerReport, SseWorkerRequest } from './SseWorkerMessage';
import { toTransportError, TransportError } from './TransportError';

/** A worker as {@link createSseWorkerTransport} uses it. */
export interface SseWorkerHandle {
  postMessage(message: SseWorkerCommand): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Options for {@link createSseWorkerTransport}. */
export interface SseWorkerTransportOptions {
  /**
   * Starts the worker, once, at the first stream. The default runs the package's own worker
   * module; pass your own when your bundler needs it spelled out.
   */
  createWorker?: () => SseWorkerHandle;
  /**
   * Whether the default worker is a `SharedWorker` of this transport's own where the browser
   * has one (default false: a dedicated `Worker`). While DevTools' Network domain is enabled on a
   * dedicated worker (as open DevTools and Playwright enable it), Chromium sends the
   * page's main thread a task for every network read of the worker's `fetch`; it sends none for
   * a shared worker's. Without DevTools the two cost the same to within a few percent. A shared
   * worker's requests are out of the page's sight: not in its DevTools Network panel (they are
   * in `chrome://inspect/#workers`), and not seen or routed by Playwright's `page.route` or
   * `page.on('request')`.
   */
  shared?: boolean;
  /**
   * The least time between two posts of a stream's entries once it streams fast, in ms (default
   * 16). A client whose store renders at most every `throttleMs` sets it to that: posts more
   * often than the store renders are tasks for nothing.
   */
  batchMs?: number;
}

interface OpenStream {
  options: OpenSseStreamOptions;
  request: SseWorkerRequest;
  resolve(): void;
  reject(error: TransportError): void;
  /** Runs the stream on the main thread instead (the worker could not start). */
  fallBack(): void;
}

/** A `SharedWorker`'s port as the transport talks to it. */
function sharedWorkerHandle(worker: SharedWorker): SseWorkerHandle {
  return {
    postMessage: (command) => worker.port.postMessage(command),
    addEventListener(type, listener) {
      if (type === 'error') return worker.addEventListener('error', listener);
      worker.port.addEventListener('message', listener);
      worker.port.start();
    },
    terminate: () => worker.port.close(),
  };
}

// The package's worker module, in the kinds of worker this browser has, the best first. Each
// `new …(new URL(…, import.meta.url))` stays literal for bundlers to find and emit the module.
// The shared worker's name is this transport's alone: another tab's transport never shares it,
// so it ends with its page and takes its streams with it.
function defaultWorkers(shared: boolean): Array<() => SseWorkerHandle> {
  const workers: Array<() => SseWorkerHandle> = [];
  if (shared && typeof SharedWorker === 'function') {
    const name = `threadline-sse-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    workers.push(() => sharedWorkerHandle(new SharedWorker(new URL('./sseWorker.ts', import.meta.url), { type: 'module', name })));
  }
  if (typeof Worker === 'function') workers.push(() => new Worker(new URL('./sseWorker.ts', import.meta.url), { type: 'module', name: 'threadline-sse' }));
  return workers;
}

function bodyOf(options: OpenSseStreamOptions): string | null | undefined {
  if (options.json !== undefined) return JSON.stringify(options.json);
  if (options.body === undefined || options.body === null || typeof options.body === 'string') return options.body ?? null;
  return undefined;
}

/**
 * An {@link SseTransport} that fetches and parses streams in a Web Worker and hands the page
 * their messages in batches (at most one per `batchMs` and stream), so the page's main thread
 * spends nothing on network chunks. One worker serves every stream.
 *
 * If a shared worker does not start, a dedicated one is tried. Where there is no worker at all
 * (Node, tests, server rendering), for a request with a custom `fetch` or a body that is not
 * text, and if no worker starts (a bundler that did not ship it, a CSP without
 * `worker-src 'self'`), streams run on the main thread with {@link openSseStream}, exactly as
 * without this transport.
 */
export function createSseWorkerTransport(transportOptions: SseWorkerTransportOptions = {}): SseTransport {
  // The kinds of worker still worth trying, the one in use first.
  const workers = transportOptions.createWorker ? [transportOptions.createWorker] : defaultWorkers(transportOptions.shared ?? false);
  let worker: SseWorkerHandle | null = null;
  let ready = false;
  let broken = workers.length === 0;
  let nextStreamId = 1;
  const streams = new Map<number, OpenStream>();

  function receive(report: SseWorkerReport): void {
    if (report.type === 'ready') {
      ready = true;
      return;
    }
    const stream = streams.get(report.streamId);
    if (!stream) return;
    const { options } = stream;
    switch (report.type) {
      case 'entries': {
        for (const entry of report.entries) {
          if (options.signal.aborted) return;
          if (entry.type === 'message') options.onMessage(entry.message);
          else if (entry.type === 'comment') options.onComment?.(entry.comment);
          else if (entry.type === 'retry') options.onRetry?.(entry.milliseconds);
          else options.onInvalidText?.();
        }
        break;
      }
      case 'state': {
        options.onStateChange?.(report.state);
        break;
      }
      case 'end': {
        streams.delete(report.streamId);
        stream.resolve();
        break;
      }
      case 'failure': {
        streams.delete(report.streamId);
        const { kind, message, status, code, retryable, retryAfterMs } = report.failure;
        stream.reject(new TransportError(kind, message, { status, code, retryable, retryAfterMs }));
        break;
      }
      default: {
        report satisfies never;
      }
    }
  }

  // A worker that never said it was ready did not load: its streams move to the next kind of
  // worker, or to the main thread. One that broke later fails its streams as dropped
  // connections, which callers reconnect.
  function onWorkerError(): void {
    const failed = worker;
    const loaded = ready;
    worker = null;
    ready = false;
    failed?.terminate();
    if (!loaded) workers.shift();
    const open = [...streams];
    if (!loaded) {
      for (const [streamId, stream] of open) openInWorker(streamId, stream);
      return;
    }
    streams.clear();
    for (const [, stream] of open) stream.reject(new TransportError('network', 'The stream worker stopped.'));
  }

  function startWorker(): SseWorkerHandle | null {
    while (!worker && workers.length > 0) {
      try {
        const started = workers[0]!();
        started.addEventListener('message', (event) => worker === started && receive((event as MessageEvent<SseWorkerReport>).data));
        started.addEventListener('error', () => worker === started && onWorkerError());
        worker = started;
      } catch {
        workers.shift();
      }
    }
    broken = worker === null;
    return worker;
  }

  function openInWorker(streamId: number, stream: OpenStream): void {
    const started = startWorker();
    if (started) {
      started.postMessage({ type: 'open', streamId, request: stream.request });
      return;
    }
    streams.delete(streamId);
    stream.fallBack();
  }

  // One try in the worker. Its `connecting` and `failed` are the caller's to report.
  function openOnce(options: OpenSseStreamOptions, request: SseWorkerRequest, onStateChange: (state: ConnectionState) => void): Promise<void> {
    const streamId = nextStreamId++;
    const forward = (state: ConnectionState) => state !== 'connecting' && state !== 'failed' && onStateChange(state);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        if (!streams.delete(streamId)) return;
        worker?.postMessage({ type: 'abort', streamId });
        reject(new TransportError('aborted', 'The request was aborted.'));
      };
      const settle = () => options.signal.removeEventListener('abort', onAbort);
      const stream: OpenStream = {
        options: { ...options, onStateChange: forward },
        request,
        resolve: () => {
          settle();
          resolve();
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        fallBack: () => {
          settle();
          openSseStream({ ...options, onStateChange: forward }).then(resolve, reject);
        },
      };
      streams.set(streamId, stream);
      options.signal.addEventListener('abort', onAbort, { once: true });
      openInWorker(streamId, stream);
    });
  }

  return async function openSseStreamInWorker(options) {
    const body = bodyOf(options);
    if (broken || options.fetch || body === undefined) return openSseStream(options);
    let last: ConnectionState | null = null;
    const setState = (state: ConnectionState) => {
      if (state === last) return;
      last = state;
      options.onStateChange?.(state);
    };
    setState('connecting');
    // A 401 is tried once more with the headers evaluated again, as `openSseStream` does.
    for (let attempt = 0; ; attempt += 1) {
      try {
        const resolved = resolveHeaders(options.headers);
        // Not awaited when at hand: the worker then starts the request before whatever the
        // caller queued after opening the stream (React's render of the question just sent).
        const headers = resolved instanceof Promise ? await resolved : resolved;
        if (options.signal.aborted) throw new TransportError('aborted', 'The request was aborted.');
        const request: SseWorkerRequest = {
          url: new URL(options.url, globalThis.location?.href).href,
          method: options.method ?? 'GET',
          headers: [...headers],
          body,
          lastEventId: options.lastEventId,
          stallTimeoutMs: options.stallTimeoutMs,
          maxFrameBytes: options.maxFrameBytes,
          batchMs: transportOptions.batchMs,
        };
        await openOnce(options, request, setState);
        return;
      } catch (error) {
        const failure = toTransportError(error, options.signal);
        if (attempt === 0 && failure.status === 401 && typeof options.headers === 'function') continue;
        setState(failure.kind === 'aborted' ? 'closed' : 'failed');
        throw failure;
      }
    }
  };
}

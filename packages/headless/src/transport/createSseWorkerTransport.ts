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
}

interface OpenStream {
  options: OpenSseStreamOptions;
  resolve(): void;
  reject(error: TransportError): void;
  /** Runs the stream on the main thread instead (the worker could not start). */
  fallBack(): void;
}

const defaultCreateWorker = (): SseWorkerHandle => new Worker(new URL('./sseWorker.ts', import.meta.url), { type: 'module', name: 'threadline-sse' });

function bodyOf(options: OpenSseStreamOptions): string | null | undefined {
  if (options.json !== undefined) return JSON.stringify(options.json);
  if (options.body === undefined || options.body === null || typeof options.body === 'string') return options.body ?? null;
  return undefined;
}

/**
 * An {@link SseTransport} that fetches and parses streams in a Web Worker and hands the page
 * their messages in batches (at most one per 16 ms and stream), so the page's main thread
 * spends nothing on network chunks. One worker serves every stream.
 *
 * Where there is no `Worker` (Node, tests, server rendering), for a request with a custom
 * `fetch` or a body that is not text, and if the worker fails to start (a bundler that did not
 * ship it, a CSP without `worker-src 'self'`), streams run on the main thread with
 * {@link openSseStream}, exactly as without this transport.
 */
export function createSseWorkerTransport(transportOptions: SseWorkerTransportOptions = {}): SseTransport {
  const createWorker: (() => SseWorkerHandle) | null = transportOptions.createWorker ?? (typeof Worker === 'function' ? defaultCreateWorker : null);
  let worker: SseWorkerHandle | null = null;
  let ready = false;
  let broken = createWorker === null;
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

  // A worker that never said it was ready did not load: its streams move to the main thread.
  // One that broke later fails its streams as dropped connections, which callers reconnect.
  function onWorkerError(): void {
    const failed = worker;
    worker = null;
    failed?.terminate();
    if (!ready) broken = true;
    ready = false;
    const open = [...streams.values()];
    streams.clear();
    for (const stream of open) {
      if (broken) stream.fallBack();
      else stream.reject(new TransportError('network', 'The stream worker stopped.'));
    }
  }

  function startWorker(): SseWorkerHandle {
    if (worker) return worker;
    const started = createWorker!();
    started.addEventListener('message', (event) => receive((event as MessageEvent<SseWorkerReport>).data));
    started.addEventListener('error', onWorkerError);
    worker = started;
    return started;
  }

  const send = (command: SseWorkerCommand) => worker?.postMessage(command);

  // One try in the worker. Its `connecting` and `failed` are the caller's to report.
  function openOnce(options: OpenSseStreamOptions, request: SseWorkerRequest, onStateChange: (state: ConnectionState) => void): Promise<void> {
    const streamId = nextStreamId++;
    const forward = (state: ConnectionState) => state !== 'connecting' && state !== 'failed' && onStateChange(state);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        if (!streams.delete(streamId)) return;
        send({ type: 'abort', streamId });
        reject(new TransportError('aborted', 'The request was aborted.'));
      };
      const settle = () => options.signal.removeEventListener('abort', onAbort);
      streams.set(streamId, {
        options: { ...options, onStateChange: forward },
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
      });
      options.signal.addEventListener('abort', onAbort, { once: true });
      startWorker();
      send({ type: 'open', streamId, request });
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

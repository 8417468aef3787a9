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
          else options.onRetry?.(entry.milliseconds);
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
        const { kind, message, status, code, retryable } = report.failure;
        stream.reject(new TransportError(kind, message, { status, code, retryable }));
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

  return async function openSseStreamInWorker(options) {
    const body = bodyOf(options);
    if (broken || options.fetch || body === undefined) return openSseStream(options);
    const setState = (state: ConnectionState) => options.onStateChange?.(state);
    setState('connecting');
    let headers: Headers;
    try {
      headers = await resolveHeaders(options.headers);
    } catch (error) {
      const failure = toTransportError(error, options.signal);
      setState(failure.kind === 'aborted' ? 'closed' : 'failed');
      throw failure;
    }
    if (options.signal.aborted) {
      setState('closed');
      throw new TransportError('aborted', 'The request was aborted.');
    }
    const request: SseWorkerRequest = { url: new URL(options.url, globalThis.location?.href).href, method: options.method ?? 'GET', headers: [...headers], body, lastEventId: options.lastEventId };
    const streamId = nextStreamId++;
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        if (!streams.delete(streamId)) return;
        send({ type: 'abort', streamId });
        setState('closed');
        reject(new TransportError('aborted', 'The request was aborted.'));
      };
      const settle = () => options.signal.removeEventListener('abort', onAbort);
      streams.set(streamId, {
        options: { ...options, onStateChange: (state) => state !== 'connecting' && setState(state) },
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
          openSseStream({ ...options, onStateChange: (state) => state !== 'connecting' && setState(state) }).then(resolve, reject);
        },
      });
      options.signal.addEventListener('abort', onAbort, { once: true });
      startWorker();
      send({ type: 'open', streamId, request });
    });
  };
}

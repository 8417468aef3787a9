import type { ConnectionState } from './ConnectionState';
import { anySignal } from './anySignal';
import { createSseReader } from './createSseReader';
import { createStallWatchdog } from './createStallWatchdog';
import { fetchWithFreshHeaders, readFailedResponse } from './fetchWithFreshHeaders';
import type { SseMessage } from './SseMessage';
import type { SseReadOptions } from './SseReadOptions';
import type { HeadersOption } from './HeadersOption';
import { readErrorDetail } from './readErrorDetail';
import { redactSecrets } from './redactSecrets';
import { toTransportError, TransportError } from './TransportError';

/** Options for {@link openSseStream}. */
export interface OpenSseStreamOptions extends SseReadOptions {
  url: string;
  /** Defaults to GET. */
  method?: string;
  /** A ready body. */
  body?: BodyInit | null;
  /** A value sent as the JSON body (instead of `body`), with its content type. */
  json?: unknown;
  /** A function is evaluated per connection, and once more after a 401 (a token that expired). */
  headers?: HeadersOption;
  /** Sent as `Last-Event-ID` when resuming. */
  lastEventId?: string;
  signal: AbortSignal;
  /**
   * How long the stream may send nothing before it is `stalled`, until the server's heartbeat
   * (its SSE comments) is learned, in ms (default 45,000; 0 never). A stream still silent after
   * twice that fails with a retryable `timeout`.
   */
  stallTimeoutMs?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  onMessage(message: SseMessage): void;
  /** The body carried bytes that are not UTF-8 (they read as U+FFFD); called once per stream. */
  onInvalidText?(): void;
  onComment?(comment: string): void;
  onRetry?(milliseconds: number): void;
  onStateChange?(state: ConnectionState): void;
}

/** The default {@link OpenSseStreamOptions.stallTimeoutMs}. */
export const defaultStallTimeoutMs = 45_000;

/**
 * Opens a Server-Sent Events stream with `fetch` (so it can send `Authorization`, unlike the
 * browser's `EventSource`) and reads it with eventsource-parser until the body ends.
 *
 * Resolves when the server closes the body (state `closed`); rejects with a
 * {@link TransportError} otherwise (state `failed`, or `closed` when aborted). A 401 is asked
 * once more with the headers evaluated again; a silent stream is reported `stalled`, then given
 * up as a `timeout`.
 */
export async function openSseStream(options: OpenSseStreamOptions): Promise<void> {
  const setState = (state: ConnectionState) => options.onStateChange?.(state);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const stall = new AbortController();
  const signal = anySignal([options.signal, stall.signal]);
  let watchdog: ReturnType<typeof createStallWatchdog> | null = null;
  setState('connecting');
  try {
    const sent = await fetchWithFreshHeaders(options.headers, (headers) => {
      headers.set('accept', 'text/event-stream');
      if (options.lastEventId !== undefined) headers.set('last-event-id', options.lastEventId);
      if (options.json !== undefined) headers.set('content-type', 'application/json');
      return fetchImpl(options.url, {
        method: options.method ?? 'GET',
        headers,
        body: options.json !== undefined ? JSON.stringify(options.json) : (options.body ?? null),
        signal,
        cache: 'no-store',
      });
    });
    const { headers, response } = sent;
    if (!response.ok) throw await readFailedResponse(sent);
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.toLowerCase().includes('text/event-stream')) {
      const detail = await readErrorDetail(response);
      throw new TransportError('protocol', `Expected an event stream but got "${contentType || 'no content type'}"${detail ? `: ${redactSecrets(detail, headers)}` : ''}`);
    }
    if (!response.body) throw new TransportError('protocol', 'The event stream response has no body.');
    setState('open');
    const stallTimeoutMs = options.stallTimeoutMs ?? defaultStallTimeoutMs;
    if (stallTimeoutMs > 0) {
      watchdog = createStallWatchdog({
        timeoutMs: stallTimeoutMs,
        onStall: () => setState('stalled'),
        onResume: () => setState('open'),
        onTimeout: () => stall.abort(new TransportError('timeout', 'The stream stalled: nothing arrived, not even a heartbeat, for longer than it should.')),
      });
    }
    const reader = createSseReader({
      onMessage: options.onMessage,
      onComment: (comment) => {
        watchdog?.heartbeat();
        options.onComment?.(comment);
      },
      onRetry: options.onRetry,
      onInvalidText: options.onInvalidText,
      maxFrameBytes: options.maxFrameBytes,
    });
    const body = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        watchdog?.received();
        reader.push(value);
      }
    } finally {
      body.releaseLock();
    }
    reader.end();
    watchdog?.stop();
    setState('closed');
  } catch (error) {
    watchdog?.stop();
    const failure = toTransportError(error, signal);
    setState(failure.kind === 'aborted' ? 'closed' : 'failed');
    throw failure;
  }
}

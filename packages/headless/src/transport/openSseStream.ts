import type { ConnectionState } from './ConnectionState';
import { createSseReader } from './createSseReader';
import type { SseMessage } from './SseMessage';
import type { HeadersOption } from './HeadersOption';
import { resolveHeaders } from './HeadersOption';
import { readErrorDetail } from './readErrorDetail';
import { httpError, toTransportError, TransportError } from './TransportError';

/** Options for {@link openSseStream}. */
export interface OpenSseStreamOptions {
  url: string;
  /** Defaults to GET. */
  method?: string;
  /** A ready body. */
  body?: BodyInit | null;
  /** A value sent as the JSON body (instead of `body`), with its content type. */
  json?: unknown;
  headers?: HeadersOption;
  /** Sent as `Last-Event-ID` when resuming. */
  lastEventId?: string;
  signal: AbortSignal;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  onMessage(message: SseMessage): void;
  onComment?(comment: string): void;
  onRetry?(milliseconds: number): void;
  onStateChange?(state: ConnectionState): void;
}

/**
 * Opens a Server-Sent Events stream with `fetch` (so it can send `Authorization`, unlike the
 * browser's `EventSource`) and reads it with eventsource-parser until the body ends.
 *
 * Resolves when the server closes the body (state `closed`); rejects with a
 * {@link TransportError} otherwise (state `failed`, or `closed` when aborted).
 */
export async function openSseStream(options: OpenSseStreamOptions): Promise<void> {
  const setState = (state: ConnectionState) => options.onStateChange?.(state);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  setState('connecting');
  try {
    const headers = await resolveHeaders(options.headers);
    headers.set('accept', 'text/event-stream');
    if (options.lastEventId !== undefined) headers.set('last-event-id', options.lastEventId);
    if (options.json !== undefined) headers.set('content-type', 'application/json');
    const response = await fetchImpl(options.url, {
      method: options.method ?? 'GET',
      headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : (options.body ?? null),
      signal: options.signal,
      cache: 'no-store',
    });
    if (!response.ok) throw httpError(response.status, response.statusText, await readErrorDetail(response));
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.toLowerCase().includes('text/event-stream')) {
      const detail = await readErrorDetail(response);
      throw new TransportError('protocol', `Expected an event stream but got "${contentType || 'no content type'}"${detail ? `: ${detail}` : ''}`);
    }
    if (!response.body) throw new TransportError('protocol', 'The event stream response has no body.');
    setState('open');
    const reader = createSseReader({ onMessage: options.onMessage, onComment: options.onComment, onRetry: options.onRetry });
    const body = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        reader.push(value);
      }
    } finally {
      body.releaseLock();
    }
    reader.end();
    setState('closed');
  } catch (error) {
    const failure = toTransportError(error, options.signal);
    setState(failure.kind === 'aborted' ? 'closed' : 'failed');
    throw failure;
  }
}

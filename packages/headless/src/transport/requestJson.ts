import type { HeadersOption } from './HeadersOption';
import { fetchWithFreshHeaders, readFailedResponse } from './fetchWithFreshHeaders';
import { toTransportError, TransportError } from './TransportError';

/** Options for {@link requestJson}. */
export interface RequestJsonOptions {
  method?: string;
  /** A plain object is sent as JSON; `URLSearchParams` and `FormData` as themselves. */
  body?: unknown;
  headers?: HeadersOption;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/**
 * One REST call: resolves with the parsed JSON body (or null for an empty one), rejects with a
 * {@link TransportError}. A 401 is asked once more with `headers` evaluated again.
 */
export async function requestJson<T = unknown>(url: string, options: RequestJsonOptions = {}): Promise<T> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  try {
    const sent = await fetchWithFreshHeaders(options.headers, (headers) => {
      headers.set('accept', 'application/json');
      let body: BodyInit | undefined;
      if (options.body instanceof URLSearchParams || options.body instanceof FormData || typeof options.body === 'string') {
        body = options.body;
      } else if (options.body !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(options.body);
      }
      return fetchImpl(url, { method: options.method ?? 'GET', headers, body, signal: options.signal });
    });
    const { response } = sent;
    if (!response.ok) throw await readFailedResponse(sent);
    const text = await response.text();
    if (text.trim() === '') return null as T;
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new TransportError('protocol', `Expected JSON from ${options.method ?? 'GET'} ${url} but could not parse the body.`, { cause: error });
    }
  } catch (error) {
    throw toTransportError(error, options.signal);
  }
}

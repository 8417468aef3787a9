import type { HeadersOption } from './HeadersOption';
import { resolveHeaders } from './HeadersOption';
import { readErrorDetail } from './readErrorDetail';
import { readRetryAfter } from './readRetryAfter';
import { redactSecrets } from './redactSecrets';
import { httpError, toTransportError, TransportError } from './TransportError';

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
    const request = async () => {
      const headers = await resolveHeaders(options.headers);
      headers.set('accept', 'application/json');
      let body: BodyInit | undefined;
      if (options.body instanceof URLSearchParams || options.body instanceof FormData || typeof options.body === 'string') {
        body = options.body;
      } else if (options.body !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(options.body);
      }
      return { headers, response: await fetchImpl(url, { method: options.method ?? 'GET', headers, body, signal: options.signal }) };
    };
    let { headers, response } = await request();
    // A token may have expired since the headers were made: they are asked for once more.
    if (response.status === 401 && typeof options.headers === 'function') {
      await response.body?.cancel();
      ({ headers, response } = await request());
    }
    if (!response.ok) {
      const detail = await readErrorDetail(response);
      throw httpError(response.status, response.statusText, detail && redactSecrets(detail, headers), readRetryAfter(response.headers.get('retry-after')));
    }
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

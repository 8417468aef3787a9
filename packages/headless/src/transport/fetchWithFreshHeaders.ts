import type { HeadersOption } from './HeadersOption';
import { resolveHeaders } from './HeadersOption';
import { readErrorDetail } from './readErrorDetail';
import { readRetryAfter } from './readRetryAfter';
import { redactSecrets } from './redactSecrets';
import { httpError } from './TransportError';
import type { TransportError } from './TransportError';

/** A response and the headers it was asked with. */
export interface SentRequest {
  headers: Headers;
  response: Response;
}

/**
 * Sends a request built from the evaluated `headers`; after a 401, when `headers` is a function,
 * evaluates it again and sends once more (a token may have expired since it was made).
 */
export async function fetchWithFreshHeaders(headers: HeadersOption | undefined, send: (headers: Headers) => Promise<Response>): Promise<SentRequest> {
  const resolved = resolveHeaders(headers);
  // Not awaited when at hand: the request then leaves before whatever the caller queued after it.
  const first = resolved instanceof Promise ? await resolved : resolved;
  const response = await send(first);
  if (response.status !== 401 || typeof headers !== 'function') return { headers: first, response };
  await response.body?.cancel();
  const fresh = await resolveHeaders(headers);
  return { headers: fresh, response: await send(fresh) };
}

/** The error for a response with a failing status: the server's detail without the request's secrets, and its `Retry-After`. */
export async function readFailedResponse({ headers, response }: SentRequest): Promise<TransportError> {
  const detail = await readErrorDetail(response);
  return httpError(response.status, response.statusText, detail && redactSecrets(detail, headers), readRetryAfter(response.headers.get('retry-after')));
}

/** Why a request failed, as the transport sees it. Mirrors the thread error kinds it can cause. */
export type TransportErrorKind = 'network' | 'http' | 'protocol' | 'server' | 'aborted' | 'timeout' | 'auth';

/** A failed request: the kind, the HTTP status when there was one, and whether a retry may help. */
export class TransportError extends Error {
  readonly kind: TransportErrorKind;
  readonly status: number | null;
  readonly retryable: boolean;
  /** The server's own error code, when its body names one. */
  readonly code: string | null;
  /** How long the server asked the client to wait (`Retry-After`), in ms, when it said. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: TransportErrorKind,
    message: string,
    options: { status?: number | null; code?: string | null; retryable?: boolean; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'TransportError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.code = options.code ?? null;
    this.retryable = options.retryable ?? (kind === 'network' || kind === 'timeout');
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/**
 * The error for a response with a failing status. 408, 429 and 5xx may succeed on retry (after
 * `retryAfterMs` when the server said); 401 and 403 are `auth`; other 4xx are final.
 */
export function httpError(status: number, statusText: string, detail: string | null, retryAfterMs: number | null = null): TransportError {
  const kind = status === 401 || status === 403 ? 'auth' : 'http';
  const retryable = status === 408 || status === 429 || status >= 500;
  const what = detail ? `: ${detail}` : statusText ? ` ${statusText}` : '';
  return new TransportError(kind, `The server answered ${status}${what}`, { status, retryable, retryAfterMs });
}

/** Turns anything `fetch` or a body read threw into a {@link TransportError}. */
export function toTransportError(error: unknown, signal?: AbortSignal): TransportError {
  if (error instanceof TransportError) return error;
  if (signal?.aborted && signal.reason instanceof TransportError) return signal.reason;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return new TransportError('aborted', 'The request was aborted.', { cause: error });
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new TransportError('timeout', 'The request timed out.', { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new TransportError('network', `The connection failed: ${reason}`, { cause: error });
}

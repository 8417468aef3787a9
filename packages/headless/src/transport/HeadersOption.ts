import { TransportError } from './TransportError';

/** Request headers, or a function (sync or async) evaluated for every request, so tokens can refresh. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * Evaluates a {@link HeadersOption} into a `Headers` object: at once when the headers or the
 * function's result are at hand, so a request can leave in the task that asks for it. A value a
 * header cannot carry (a token with a line break) fails as an `auth` error whose message does not
 * quote it: runtimes put the rejected value in theirs.
 */
export function resolveHeaders(option: HeadersOption | undefined): Headers | Promise<Headers> {
  const value = typeof option === 'function' ? option() : option;
  return value instanceof Promise ? value.then(toHeaders) : toHeaders(value);
}

function toHeaders(value: HeadersInit | undefined): Headers {
  try {
    return new Headers(value);
  } catch {
    // Not kept as the cause: its message quotes the rejected value.
    throw new TransportError('auth', 'A request header has a value no header can carry (a token with a space or line break at its end, perhaps).', { retryable: false });
  }
}

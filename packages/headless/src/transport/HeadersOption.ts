import { TransportError } from './TransportError';

/** Request headers, or a function (sync or async) evaluated for every request, so tokens can refresh. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/**
 * Evaluates a {@link HeadersOption} into a `Headers` object. A value a header cannot carry (a
 * token with a line break) fails as an `auth` error whose message does not quote it: runtimes
 * put the rejected value in theirs.
 */
export async function resolveHeaders(option: HeadersOption | undefined): Promise<Headers> {
  const value = typeof option === 'function' ? await option() : option;
  try {
    return new Headers(value);
  } catch {
    // Not kept as the cause: its message quotes the rejected value.
    throw new TransportError('auth', 'A request header has a value no header can carry (a token with a space or line break at its end, perhaps).', { retryable: false });
  }
}

/** Request headers, or a function (sync or async) evaluated for every request, so tokens can refresh. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Evaluates a {@link HeadersOption} into a `Headers` object. */
export async function resolveHeaders(option: HeadersOption | undefined): Promise<Headers> {
  const value = typeof option === 'function' ? await option() : option;
  return new Headers(value);
}

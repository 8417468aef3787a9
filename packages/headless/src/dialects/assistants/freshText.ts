/**
 * What the accumulated string `full` adds to the first `sent` characters already emitted.
 *
 * When the delta appended exactly `fragment` (the usual case), the fragment itself is returned:
 * slicing a long concatenated string would copy all of it on every delta. Otherwise (a call whose
 * id arrived after its first fragments, content already present on a `created` object) the
 * missing tail is sliced off `full`.
 */
export function freshText(full: string, sent: number, fragment: unknown): string {
  if (typeof fragment === 'string' && sent + fragment.length === full.length) return fragment;
  return full.length > sent ? full.slice(sent) : '';
}

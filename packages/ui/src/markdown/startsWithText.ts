/**
 * Whether `text` starts with `prefix`. The same answer as `text.startsWith(prefix)`, several times
 * faster on long strings: V8 compares a slice with `===` as a block of memory, where `startsWith`
 * goes character by character (and, on a string built by `+`, through its pieces).
 */
export function startsWithText(text: string, prefix: string): boolean {
  return text.length >= prefix.length && text.slice(0, prefix.length) === prefix;
}

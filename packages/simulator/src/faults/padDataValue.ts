import { locateDataValue } from './locateDataValue';

/**
 * Pads the JSON object of a frame's first data line with spaces after its opening brace, so the
 * value takes `bytes` bytes of UTF-8 and still parses to the same object. Undefined when the
 * data is not a JSON object (a `[DONE]` sentinel, say).
 */
export function padDataValue(frame: string, bytes: number): string | undefined {
  const range = locateDataValue(frame);
  if (range === undefined || frame[range.start] !== '{') return undefined;
  const padding = Math.max(0, bytes - Buffer.byteLength(frame.slice(range.start, range.end)));
  return `${frame.slice(0, range.start + 1)}${' '.repeat(padding)}${frame.slice(range.start + 1)}`;
}

import { locateDataValue } from './locateDataValue';

/**
 * Lines an SSE parser must skip: control bytes and text with no field name, then an unknown
 * field, then the blank line that ends the (empty) event.
 */
export const garbageLines = '\u0000\u0001\u0002\u0007 }{ not an event stream ]]>\nx-garbage: {"not": "a field"}\n\n';

/**
 * What the `garbage` fault writes before a frame: {@link garbageLines}, then a copy of the frame
 * whose first data line is cut halfway, so its JSON is malformed but its `event:` line, if any,
 * still names a real event.
 */
export function formatGarbage(frame: string): string {
  const range = locateDataValue(frame);
  if (range === undefined) return garbageLines;
  const cut = range.start + Math.floor((range.end - range.start) / 2);
  return `${garbageLines}${frame.slice(0, cut)}${frame.slice(range.end)}`;
}

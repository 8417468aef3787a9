// ChatKit's index reader (the wire readers themselves are in `../readJson`).
import { readNumber } from '../readJson';

export type { JsonObject } from '../readJson';

/** The non-negative integer at `key` (an index), or null. */
export function readIndex(value: unknown, key: string): number | null {
  const inner = readNumber(value, key);
  return inner !== null && Number.isInteger(inner) && inner >= 0 ? inner : null;
}

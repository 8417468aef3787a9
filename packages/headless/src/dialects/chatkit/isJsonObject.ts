// ChatKit's index reader (the wire readers themselves are in `../readJson`).
import { isJsonObject } from '../readJson';

export type { JsonObject } from '../readJson';

/** The non-negative integer at `key` (an index), or null. */
export function readIndex(value: unknown, key: string): number | null {
  return isJsonObject(value) ? asIndex(value[key]) : null;
}

/** `value` when it is a non-negative integer, else null: {@link readIndex} for a field read at the call site (see `asString`). */
export function asIndex(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

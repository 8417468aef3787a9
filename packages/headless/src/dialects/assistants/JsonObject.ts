// The index helpers of the Assistants delta format (the wire readers themselves are in `../readJson`).
import { isJsonObject } from '../readJson';
import type { JsonObject } from '../readJson';

export type { JsonObject } from '../readJson';

/** The `index` of a list entry (a content part, tool call, output or annotation), or null. */
export function readIndex(value: unknown): number | null {
  if (!isJsonObject(value)) return null;
  const index = value.index;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : null;
}

/** The entry of `list` whose `index` is `index`. */
export function findByIndex(list: readonly unknown[], index: number): JsonObject | null {
  for (const entry of list) if (readIndex(entry) === index) return entry as JsonObject;
  return null;
}

/** The position in `list` of the entry whose `index` is `index`, or -1. */
export function positionOfIndex(list: readonly unknown[], index: number): number {
  for (let position = 0; position < list.length; position += 1) if (readIndex(list[position]) === index) return position;
  return -1;
}

/** Whether `value` is a list of indexed entries (a delta's): a first delta may name the same index twice, and merging it into an empty list folds them together. */
export function isIndexedList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && readIndex(value[0]) !== null;
}

/**
 * The list with each object entry given its position as `index` when it has none. Full objects
 * (`thread.message.created`, `thread.run.step.created`) carry no indexes; deltas merged into them
 * find their entry by index.
 */
export function withIndexes(list: readonly unknown[]): unknown[] {
  return list.map((entry, position) => (isJsonObject(entry) && readIndex(entry) === null ? { ...entry, index: position } : entry));
}

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

/**
 * The list with each object entry given its position as `index` when it has none. Full objects
 * (`thread.message.created`, `thread.run.step.created`) carry no indexes; deltas merged into them
 * find their entry by index.
 */
export function withIndexes(list: readonly unknown[]): unknown[] {
  return list.map((entry, position) => (isJsonObject(entry) && readIndex(entry) === null ? { ...entry, index: position } : entry));
}

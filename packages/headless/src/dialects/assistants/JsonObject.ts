/** A JSON object as the Assistants wire sends it; every field is read as `unknown` and checked. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when it is a string, else null. */
export function readString(value: unknown, key: string): string | null {
  if (!isJsonObject(value)) return null;
  const inner = value[key];
  return typeof inner === 'string' ? inner : null;
}

/** `value[key]` when it is a finite number, else null. */
export function readNumber(value: unknown, key: string): number | null {
  if (!isJsonObject(value)) return null;
  const inner = value[key];
  return typeof inner === 'number' && Number.isFinite(inner) ? inner : null;
}

/** `value[key]` when it is an object, else null. */
export function readObject(value: unknown, key: string): JsonObject | null {
  if (!isJsonObject(value)) return null;
  const inner = value[key];
  return isJsonObject(inner) ? inner : null;
}

/** `value[key]` when it is an array, else an empty one. */
export function readArray(value: unknown, key: string): readonly unknown[] {
  if (!isJsonObject(value)) return [];
  const inner = value[key];
  return Array.isArray(inner) ? inner : [];
}

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

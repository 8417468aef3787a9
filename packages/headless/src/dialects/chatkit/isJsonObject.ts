/** A JSON object as it came off the wire: nothing about its fields is trusted. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string at `key`, or null when it is missing or not a string. */
export function readString(value: unknown, key: string): string | null {
  if (!isJsonObject(value)) return null;
  const inner = value[key];
  return typeof inner === 'string' ? inner : null;
}

/** The finite number at `key`, or null. */
export function readNumber(value: unknown, key: string): number | null {
  if (!isJsonObject(value)) return null;
  const inner = value[key];
  return typeof inner === 'number' && Number.isFinite(inner) ? inner : null;
}

/** The non-negative integer at `key` (an index), or null. */
export function readIndex(value: unknown, key: string): number | null {
  const inner = readNumber(value, key);
  return inner !== null && Number.isInteger(inner) && inner >= 0 ? inner : null;
}

/** The object at `key`, or null. */
export function readObject(value: unknown, key: string): JsonObject | null {
  if (!isJsonObject(value)) return null;
  const inner = value[key];
  return isJsonObject(inner) ? inner : null;
}

/** The array at `key`, or an empty one. */
export function readArray(value: unknown, key: string): unknown[] {
  if (!isJsonObject(value)) return [];
  const inner = value[key];
  return Array.isArray(inner) ? inner : [];
}

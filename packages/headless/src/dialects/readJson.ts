/** A JSON object as it came off the wire: every field is read as `unknown` and checked. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is a plain object (not an array, not null). */
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
export function readArray(value: unknown, key: string): unknown[] {
  if (!isJsonObject(value)) return [];
  const inner = value[key];
  return Array.isArray(inner) ? inner : [];
}

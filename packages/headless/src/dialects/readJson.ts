/** A JSON object as it came off the wire: every field is read as `unknown` and checked. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is a plain object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `value` when it is a string, else null: {@link readString} for a field read at the call site
 * (`asString(frame.type)`). The frames that every message of a stream goes through read their
 * fields so: a field read inside `readString` shares one inline cache with every caller's
 * objects and keys, which V8 gives up on (megamorphic), and each read there costs a lookup.
 */
export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** `value` when it is an object, else null: {@link readObject} for a field read at the call site (see {@link asString}). */
export function asObject(value: unknown): JsonObject | null {
  return isJsonObject(value) ? value : null;
}

/** `value` when it is an array, else an empty one: {@link readArray} for a field read at the call site (see {@link asString}). */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
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

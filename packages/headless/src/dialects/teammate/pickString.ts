import { isJsonObject } from '../readJson';
import type { JsonObject } from '../readJson';

/** A JSON object as the wire sends it: any key may be missing or of another type. */
export type Json = JsonObject;

/** Whether the value is a plain JSON object (not an array, not null). */
export const isRecord = isJsonObject;

/** The first of `keys` that holds a non-empty string (a number is turned into one), or null. */
export function pickString(value: unknown, ...keys: string[]): string | null {
  if (!isRecord(value)) return null;
  for (const key of keys) {
    const picked = pickStringAt(value, key);
    if (picked !== null) return picked;
  }
  return null;
}

/**
 * {@link pickString} for one key. A rest parameter allocates its array on every call, which a
 * field read once per text delta should not.
 */
export function pickStringAt(value: unknown, key: string): string | null {
  if (!isRecord(value)) return null;
  const inner = value[key];
  if (typeof inner === 'string' && inner !== '') return inner;
  if (typeof inner === 'number' && Number.isFinite(inner)) return String(inner);
  return null;
}

/** The object under `key`, or null when it is missing or not an object. */
export function pickRecord(value: unknown, key: string): Json | null {
  if (!isRecord(value)) return null;
  const inner = value[key];
  return isRecord(inner) ? inner : null;
}

/**
 * `value[key]` when it holds a non-empty string, else `''`: delta text, taken as it is. One key, so
 * that a frame's hot path allocates no array of keys: several read as `pickText(a) || pickText(b)`.
 */
export function pickText(value: unknown, key: string): string {
  if (!isRecord(value)) return '';
  const text = value[key];
  return typeof text === 'string' && text !== '' ? text : '';
}

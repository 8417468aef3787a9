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
    const picked = pickedString(value[key]);
    if (picked !== null) return picked;
  }
  return null;
}

/**
 * {@link pickString} for one field, read at the call site (`pickedString(frame.id)`), as a frame
 * that every message of a stream goes through reads it: see `asString` in `../readJson`. (A rest
 * parameter would also allocate its array per frame.)
 */
export function pickedString(inner: unknown): string | null {
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
  return isRecord(value) ? pickedText(value[key]) : '';
}

/** {@link pickText} for a field read at the call site (see {@link pickedString}). */
export function pickedText(inner: unknown): string {
  return typeof inner === 'string' ? inner : '';
}

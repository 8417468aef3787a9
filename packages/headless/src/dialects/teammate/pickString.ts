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
    const inner = value[key];
    if (typeof inner === 'string' && inner !== '') return inner;
    if (typeof inner === 'number' && Number.isFinite(inner)) return String(inner);
  }
  return null;
}

/** The object under `key`, or null when it is missing or not an object. */
export function pickRecord(value: unknown, key: string): Json | null {
  if (!isRecord(value)) return null;
  const inner = value[key];
  return isRecord(inner) ? inner : null;
}

/** The first of `keys` that holds a non-empty string, else `''`: delta text, taken as it is. */
export function pickText(value: unknown, ...keys: string[]): string {
  if (!isRecord(value)) return '';
  for (const key of keys) {
    const text = value[key];
    if (typeof text === 'string' && text !== '') return text;
  }
  return '';
}

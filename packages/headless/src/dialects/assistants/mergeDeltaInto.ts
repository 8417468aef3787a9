import { isJsonObject } from '../readJson';
import { isIndexedList, positionOfIndex, readIndex } from './JsonObject';
import type { JsonObject } from './JsonObject';

/**
 * {@link accumulateDelta} for a snapshot its caller owns: the same merge, made in place. A
 * message streams a delta per word, and copying the snapshot's path for each one (the snapshot,
 * its content list, the entry, its text) cost more than parsing the frame. Whatever the snapshot
 * takes from `delta` is copied first, so a later merge never changes an object of the wire's (or
 * of a caller's), and the snapshot never shares an object with anyone: it must not be handed out.
 */
export function mergeDeltaInto(snapshot: JsonObject, delta: JsonObject): void {
  const keys = Object.keys(delta);
  for (let position = 0; position < keys.length; position += 1) {
    const key = keys[position] as string;
    // Assigning `__proto__` would replace the snapshot's prototype rather than add a field.
    if (key === '__proto__') continue;
    const value = delta[key];
    if (!Object.hasOwn(snapshot, key)) {
      snapshot[key] = isIndexedList(value) ? mergeListInto([], value) : copyJson(value);
      continue;
    }
    const current = snapshot[key];
    const merged = mergeValue(key, current, value);
    // Most keys of a delta leave their value as it was (an entry's index and type, an object merged
    // in place): only a value that changed is stored (-0 over 0 included).
    if (merged !== current || (merged === 0 && !Object.is(merged, current))) snapshot[key] = merged;
  }
}

function mergeValue(key: string, accumulated: unknown, value: unknown): unknown {
  if (accumulated === null || accumulated === undefined) return copyJson(value);
  if (key === 'index' || key === 'type') return copyJson(value);
  if (typeof accumulated === 'string' && typeof value === 'string') return accumulated + value;
  if (typeof accumulated === 'number' && typeof value === 'number') return accumulated + value;
  if (typeof accumulated === 'boolean' && typeof value === 'boolean') return value;
  if (isJsonObject(accumulated) && isJsonObject(value)) {
    mergeDeltaInto(accumulated, value);
    return accumulated;
  }
  if (Array.isArray(accumulated) && Array.isArray(value)) return mergeListInto(accumulated, value);
  return accumulated;
}

function mergeListInto(accumulated: unknown[], delta: readonly unknown[]): unknown[] {
  for (const entry of delta) {
    const index = readIndex(entry);
    const at = index === null ? -1 : positionOfIndex(accumulated, index);
    if (at === -1) accumulated.push(copyJson(entry));
    else mergeDeltaInto(accumulated[at] as JsonObject, entry as JsonObject);
  }
  return accumulated;
}

function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (!isJsonObject(value)) return value;
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) {
    // Defined, not assigned: assigning `__proto__` would set the copy's prototype instead.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: copyJson(value[key]), writable: true, enumerable: true, configurable: true });
    else copy[key] = copyJson(value[key]);
  }
  return copy;
}

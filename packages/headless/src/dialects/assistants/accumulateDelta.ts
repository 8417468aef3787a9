import { isJsonObject } from '../readJson';
import { isIndexedList, positionOfIndex, readIndex } from './JsonObject';
import type { JsonObject } from './JsonObject';

/**
 * Merges one streamed delta into its snapshot exactly as openai-python `accumulate_delta` and
 * openai-node `AssistantStream.accumulateDelta` do, so the snapshot matches what the SDKs see:
 *
 * - strings are concatenated and numbers added;
 * - objects are merged recursively;
 * - `index` and `type` are overwritten (they identify an entry, they are not content);
 * - a null or missing accumulated value is replaced;
 * - in lists, objects with an integer `index` are merged into the entry with the same `index`
 *   (or appended when there is none); other entries are appended.
 *
 * Unlike the SDKs it never throws and never mutates: it returns a new snapshot that shares
 * every untouched branch with the old one. Where the SDKs disagree or throw (mismatched types),
 * the accumulated value is kept, as openai-python does; booleans are replaced by the delta.
 */
export function accumulateDelta(snapshot: JsonObject, delta: JsonObject): JsonObject {
  const result: JsonObject = { ...snapshot };
  const keys = Object.keys(delta);
  for (let position = 0; position < keys.length; position += 1) {
    const key = keys[position] as string;
    // Assigning `__proto__` would replace the result's prototype rather than add a field.
    if (key === '__proto__') continue;
    const value = delta[key];
    if (!Object.hasOwn(snapshot, key)) {
      result[key] = isIndexedList(value) ? mergeList([], value) : value;
      continue;
    }
    result[key] = mergeValue(key, snapshot[key], value);
  }
  return result;
}

function mergeValue(key: string, accumulated: unknown, value: unknown): unknown {
  if (accumulated === null || accumulated === undefined) return value;
  if (key === 'index' || key === 'type') return value;
  if (typeof accumulated === 'string' && typeof value === 'string') return accumulated + value;
  if (typeof accumulated === 'number' && typeof value === 'number') return accumulated + value;
  if (typeof accumulated === 'boolean' && typeof value === 'boolean') return value;
  if (isJsonObject(accumulated) && isJsonObject(value)) return accumulateDelta(accumulated, value);
  if (Array.isArray(accumulated) && Array.isArray(value)) return mergeList(accumulated, value);
  return accumulated;
}

function mergeList(accumulated: readonly unknown[], delta: readonly unknown[]): unknown[] {
  const result = accumulated.slice();
  for (const entry of delta) {
    const index = readIndex(entry);
    const at = index === null ? -1 : positionOfIndex(result, index);
    if (at === -1) result.push(entry);
    else result[at] = accumulateDelta(result[at] as JsonObject, entry as JsonObject);
  }
  return result;
}

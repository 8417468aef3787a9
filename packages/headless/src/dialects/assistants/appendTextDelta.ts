import { isJsonObject } from '../readJson';
import { positionOfIndex, readIndex } from './JsonObject';
import type { JsonObject } from './JsonObject';

/**
 * {@link mergeDeltaInto} for the delta a message streams per word: one that appends text to a
 * text part the snapshot already has, `{content: [{index, type, text: {value}}]}` and no other
 * key at any level. Makes the same change the generic merge would, and returns true; for any
 * other delta changes nothing and returns false. The generic merge looks up every key of every
 * level by a name it only knows at run time, which cost a third of the frame's `JSON.parse`.
 */
export function appendTextDelta(snapshot: JsonObject, delta: JsonObject): boolean {
  const content = delta.content;
  if (countKeys(delta) !== 1 || !Array.isArray(content) || content.length !== 1) return false;
  const entry: unknown = content[0];
  const index = readIndex(entry);
  if (index === null || countKeys(entry as JsonObject) !== 3) return false;
  const { type, text } = entry as JsonObject;
  if (typeof type !== 'string' || !isJsonObject(text) || countKeys(text) !== 1 || typeof text.value !== 'string') return false;
  const parts = snapshot.content;
  const at = Array.isArray(parts) ? positionOfIndex(parts, index) : -1;
  const part = at === -1 ? null : (parts as JsonObject[])[at];
  const partText = part?.text;
  if (!part || !isJsonObject(partText) || typeof partText.value !== 'string') return false;
  // As the generic merge does: `index` and `type` are overwritten (the index only differs as -0 from 0).
  part.index = index;
  part.type = type;
  partText.value += text.value;
  return true;
}

// None of the names read above is a key of Object.prototype, so each read finds the object's own
// key. `for…in` counts keys without listing them; a polluted prototype's enumerable keys would
// count too, and send the delta to the generic merge.
function countKeys(value: JsonObject): number {
  let count = 0;
  for (const _key in value) count += 1;
  return count;
}

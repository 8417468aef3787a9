import type { ContentPart } from '../events/ContentPart';

/** Text appended to the last text part, or a new text part after a non-text part. */
export function appendText(parts: readonly ContentPart[], delta: string): ContentPart[] {
  const next = parts.slice();
  appendTextInPlace(next, delta);
  return next;
}

/** {@link appendText} on a parts array the caller owns: the array changes, its part objects are replaced, not changed. */
export function appendTextInPlace(parts: ContentPart[], delta: string): void {
  const last = parts[parts.length - 1];
  if (last?.type === 'text') parts[parts.length - 1] = { type: 'text', text: last.text + delta };
  else parts.push({ type: 'text', text: delta });
}

// Parts may arrive out of order, but not this far ahead: a larger index is corrupt or hostile
// (a billion would pad a billion parts), so it means the end instead.
const MAX_PART_GAP = 64;

const isFarAhead = (parts: readonly ContentPart[], index: number) => index - parts.length > MAX_PART_GAP;

/**
 * The parts with `part` at `index`. Indexed content (Assistants, ChatKit) may name a part before
 * the parts ahead of it arrive; the gap is filled with empty text.
 */
export function setPart(parts: readonly ContentPart[], index: number, part: ContentPart): ContentPart[] {
  const next = [...parts];
  setPartInPlace(next, index, part);
  return next;
}

function setPartInPlace(parts: ContentPart[], index: number, part: ContentPart): void {
  const at = isFarAhead(parts, index) ? parts.length : index;
  while (parts.length < at) parts.push({ type: 'text', text: '' });
  parts[at] = part;
}

/** Text appended to the part at `index` (created, with empty text filling any gap, if missing). */
export function appendTextAt(parts: readonly ContentPart[], index: number, delta: string): ContentPart[] {
  const next = parts.slice();
  appendTextAtInPlace(next, index, delta);
  return next;
}

/** {@link appendTextAt} on a parts array the caller owns. */
export function appendTextAtInPlace(parts: ContentPart[], index: number, delta: string): void {
  if (isFarAhead(parts, index)) {
    appendTextInPlace(parts, delta);
    return;
  }
  const current = parts[index];
  setPartInPlace(parts, index, { type: 'text', text: current?.type === 'text' ? current.text + delta : delta });
}

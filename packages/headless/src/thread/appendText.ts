import type { ContentPart } from '../events/ContentPart';

/** Text appended to the last text part, or a new text part after a non-text part. */
export function appendText(parts: readonly ContentPart[], delta: string): ContentPart[] {
  const last = parts[parts.length - 1];
  const next = parts.slice();
  if (last?.type === 'text') next[next.length - 1] = { type: 'text', text: last.text + delta };
  else next.push({ type: 'text', text: delta });
  return next;
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
  const at = isFarAhead(parts, index) ? next.length : index;
  while (next.length < at) next.push({ type: 'text', text: '' });
  next[at] = part;
  return next;
}

/** Text appended to the part at `index` (created, with empty text filling any gap, if missing). */
export function appendTextAt(parts: readonly ContentPart[], index: number, delta: string): ContentPart[] {
  if (isFarAhead(parts, index)) return appendText(parts, delta);
  const current = parts[index];
  return setPart(parts, index, { type: 'text', text: current?.type === 'text' ? current.text + delta : delta });
}

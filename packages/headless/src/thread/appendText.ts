import type { ContentPart } from '../events/ContentPart';

/** Text appended to the last text part, or a new text part after a non-text part. */
export function appendText(parts: readonly ContentPart[], delta: string): ContentPart[] {
  const last = parts[parts.length - 1];
  const next = parts.slice();
  if (last?.type === 'text') next[next.length - 1] = { type: 'text', text: last.text + delta };
  else next.push({ type: 'text', text: delta });
  return next;
}

/**
 * The parts with `part` at `index`. Indexed content (Assistants, ChatKit) may name a part before
 * the parts ahead of it arrive; the gap is filled with empty text.
 */
export function setPart(parts: readonly ContentPart[], index: number, part: ContentPart): ContentPart[] {
  const next = [...parts];
  while (next.length < index) next.push({ type: 'text', text: '' });
  next[index] = part;
  return next;
}

/** Text appended to the part at `index` (created, with empty text filling any gap, if missing). */
export function appendTextAt(parts: readonly ContentPart[], index: number, delta: string): ContentPart[] {
  const current = parts[index];
  return setPart(parts, index, { type: 'text', text: current?.type === 'text' ? current.text + delta : delta });
}

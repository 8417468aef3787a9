import { messageText } from '@threadline/headless';
import type { MessageItem } from '@threadline/headless';
import { citationAnchor } from './citationAnchor';

/** Where one citation's marker goes in one text part. */
export interface CitationPlacement {
  /** The citation's index in `message.citations`; its marker shows `index + 1`. */
  index: number;
  /** Start, in the part's text (UTF-16), of the span the marker replaces. */
  start: number;
  /** End (exclusive) of that span; equal to `start` when the marker is inserted. */
  end: number;
}

const none: readonly CitationPlacement[] = [];

/**
 * Splits a message's positioned citations among its text parts (see `citationAnchor` for where
 * each marker goes): one list per part, in the order of `message.parts`, empty for other parts.
 * A point at the boundary of two text parts belongs to the earlier one, the end of what it cites.
 * Unpositioned citations are placed nowhere.
 */
export function placeCitations(message: Pick<MessageItem, 'parts' | 'citations'>): ReadonlyArray<readonly CitationPlacement[]> {
  const lists: Array<readonly CitationPlacement[]> = message.parts.map(() => none);
  if (message.citations.length === 0) return lists;
  const text = messageText(message);
  const ranges: Array<{ part: number; offset: number; end: number }> = [];
  let offset = 0;
  message.parts.forEach((part, index) => {
    if (part.type !== 'text') return;
    ranges.push({ part: index, offset, end: offset + part.text.length });
    offset += part.text.length;
  });

  const placed = new Map<number, CitationPlacement[]>();
  message.citations.forEach((citation, index) => {
    const anchor = citationAnchor(citation, text);
    if (!anchor) return;
    const range =
      anchor.start < anchor.end
        ? ranges.find((candidate) => anchor.start < candidate.end)
        : ranges.find((candidate) => anchor.start <= candidate.end);
    if (!range) return;
    const list = placed.get(range.part) ?? [];
    list.push({ index, start: anchor.start - range.offset, end: Math.min(anchor.end, range.end) - range.offset });
    placed.set(range.part, list);
  });
  for (const [part, list] of placed) lists[part] = list.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  return lists;
}

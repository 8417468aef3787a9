import type { TextRange } from '@threadline/headless';

/** A run of snippet text, highlighted or not. */
export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Cuts a snippet into plain and highlighted runs. Ranges are clamped to the text, sorted, and
 * merged where they overlap, so bad ranges from a server never throw or duplicate text.
 */
export function splitHighlights(text: string, ranges: readonly TextRange[]): HighlightSegment[] {
  const sorted = ranges
    .map(({ start, end }) => ({ start: clamp(start, text.length), end: clamp(end, text.length) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const segments: HighlightSegment[] = [];
  let position = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, position);
    if (range.end <= start) continue;
    if (start > position) segments.push({ text: text.slice(position, start), highlighted: false });
    segments.push({ text: text.slice(start, range.end), highlighted: true });
    position = range.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), highlighted: false });
  return segments;
}

function clamp(index: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), length);
}

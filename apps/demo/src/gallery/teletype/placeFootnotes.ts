import type { Citation } from '@threadline/headless';

/** One numbered source under a message. */
export interface Footnote {
  number: number;
  title: string;
  /** Where the source lives, if it is a web address (`http:` or `https:`); anything else is not linked. */
  href: string | null;
  /** Who published it (a site, a provider). */
  source: string | null;
}

/** A run of the message's text, then the footnote numbers that follow it (none after the last run). */
export interface FootnotedRun {
  text: string;
  numbers: number[];
}

/** What {@link placeFootnotes} returns. */
export interface FootnotedText {
  runs: FootnotedRun[];
  footnotes: Footnote[];
}

function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Numbers a message's citations in reading order (a source cited twice keeps its number) and
 * cuts the text where each marker goes: after the cited span, or at the point ChatKit names.
 * Unpositioned citations are numbered after the placed ones and get no marker.
 */
export function placeFootnotes(text: string, citations: readonly Citation[]): FootnotedText {
  const at = (citation: Citation) => Math.min(citation.end ?? citation.start ?? Number.POSITIVE_INFINITY, text.length);
  const ordered = citations
    .map((citation, index) => ({ citation, index, position: citation.end ?? citation.start ?? null }))
    .sort((a, b) => (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) || a.index - b.index);

  const footnotes: Footnote[] = [];
  const numberBySource = new Map<string, number>();
  const markers = new Map<number, number[]>();
  for (const { citation, position } of ordered) {
    const identity = citation.url ?? citation.id ?? citation.title ?? `#${footnotes.length}`;
    let number = numberBySource.get(identity);
    if (number === undefined) {
      number = footnotes.length + 1;
      numberBySource.set(identity, number);
      footnotes.push({
        number,
        title: citation.title ?? citation.source ?? citation.url ?? `Source ${number}`,
        href: safeHref(citation.url),
        source: citation.source,
      });
    }
    if (position === null) continue;
    const offset = at(citation);
    const numbers = markers.get(offset) ?? [];
    if (!numbers.includes(number)) numbers.push(number);
    markers.set(offset, numbers);
  }

  const runs: FootnotedRun[] = [];
  let from = 0;
  for (const offset of [...markers.keys()].sort((a, b) => a - b)) {
    runs.push({ text: text.slice(from, offset), numbers: markers.get(offset) ?? [] });
    from = offset;
  }
  runs.push({ text: text.slice(from), numbers: [] });
  return { runs, footnotes };
}

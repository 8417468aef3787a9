import { citationPlaceholder, stripCitationPlaceholders } from '../markdown/citationPlaceholder';
import type { CitationPlacement } from './placeCitations';
import { partialSourceMarker, sourceMarkers } from './sourceMarker';

/** Options of {@link injectCitationMarkers}. */
export interface InjectCitationMarkersOptions {
  /** The part is still streaming: a trailing unfinished `【…` marker is hidden too. */
  streaming?: boolean;
}

interface Edit {
  start: number;
  end: number;
  insert: string;
}


/**
 * A text part ready for `MarkdownText` with `citations`: each placement's span replaced by (or,
 * when empty, its position given) the citation's placeholder character. Source markers the model
 * wrote (`【4:0†source】`) that no citation covers are removed, as is, while streaming, a
 * trailing `【…` whose annotation has not arrived. Placeholder characters already in the text
 * are removed, so they cannot pose as citations.
 */
export function injectCitationMarkers(
  text: string,
  placements: readonly CitationPlacement[],
  options: InjectCitationMarkersOptions = {},
): string {
  const edits: Edit[] = placements.map(({ index, start, end }) => ({ start, end, insert: citationPlaceholder(index) }));
  const replaced = edits.filter((edit) => edit.start < edit.end);
  const covered = (start: number, end: number) => replaced.some((edit) => edit.start < end && start < edit.end);
  for (const match of text.matchAll(sourceMarkers)) {
    const end = match.index + match[0].length;
    if (!covered(match.index, end)) edits.push({ start: match.index, end, insert: '' });
  }
  const partial = options.streaming ? partialSourceMarker.exec(text) : null;
  if (partial && !covered(partial.index, text.length)) edits.push({ start: partial.index, end: text.length, insert: '' });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);

  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    const start = Math.max(edit.start, cursor);
    result += stripCitationPlaceholders(text.slice(cursor, start)) + edit.insert;
    cursor = Math.max(start, edit.end);
  }
  return result + stripCitationPlaceholders(text.slice(cursor));
}

import type { Citation } from '@threadline/headless';
import { isSourceMarker } from './sourceMarker';

/** Where a citation's marker goes in the message text: it replaces `[start, end)`, empty for an insertion. */
export interface CitationAnchor {
  start: number;
  end: number;
}

/**
 * Where the marker of a citation goes in its message's joined text (see `messageText`), or null
 * when the citation has no position. The dialects use `start`/`end` in three ways:
 *
 * - **Assistants** annotations cover the source marker the model wrote (`【4:0†source】`):
 *   the marker replaces that span, so the raw marker never shows.
 * - **ChatKit** annotations are points (`start === end`, or `end` null): the marker is inserted
 *   there.
 * - **Boosted** `start`/`end` mark the sentence span the source backs (as does an Assistants
 *   `file_path` annotation, which covers a `sandbox:` link target): the text stays and the
 *   marker goes at `end`, like a footnote.
 *
 * So a span is replaced only when it is exactly a `【…】` marker; any other span gets the marker
 * at its end. Positions are clamped to the text, so a citation ahead of the streamed text waits
 * at its end.
 */
export function citationAnchor(citation: Pick<Citation, 'start' | 'end'>, text: string): CitationAnchor | null {
  const clamp = (index: number) => Math.min(Math.max(0, index), text.length);
  const { start, end } = citation;
  if (start === null && end === null) return null;
  if (start === null || end === null || end <= start) {
    const at = clamp((start ?? end) as number);
    return { start: at, end: at };
  }
  const from = clamp(start);
  const to = clamp(end);
  if (isSourceMarker(text.slice(from, to))) return { start: from, end: to };
  return { start: to, end: to };
}

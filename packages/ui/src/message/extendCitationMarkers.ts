import { startsWithText } from '../markdown/startsWithText';
import { injectCitationMarkers } from './injectCitationMarkers';
import type { InjectCitationMarkersOptions } from './injectCitationMarkers';
import type { CitationPlacement } from './placeCitations';

/** A settled stretch of a text part and its injected text (see {@link extendCitationMarkers}). */
export interface CitationMarkersPiece {
  /** Where the stretch starts in the part's text: 0 or just after a line break. */
  from: number;
  /** Where it ends (exclusive): just after a line break. */
  to: number;
  /** The placements that start in it, in its own coordinates, in the order given. */
  placements: readonly CitationPlacement[];
  /** The stretch with its markers injected. */
  output: string;
  /** Whether `output` is the stretch as it was: nothing to place, remove or strip in it. */
  unchanged: boolean;
}

/** What {@link extendCitationMarkers} returns: the injected text, and the work a later call reuses. */
export interface ExtendedCitationMarkers {
  /** The text given. */
  source: string;
  /** `source` with its markers injected, exactly as `injectCitationMarkers` returns it. */
  text: string;
  /** The settled stretches, in order from 0; the rest of `source` is injected again on each call. */
  pieces: readonly CitationMarkersPiece[];
}

// Long enough that a 97k-character answer has ~50 pieces, short enough that injecting the
// unsettled rest again each frame stays cheap.
const pieceLength = 2048;

/**
 * `injectCitationMarkers`, computed from the result for an earlier text that this one extends:
 * the text is injected in stretches that end at a line break, and a stretch whose text and
 * placements are unchanged keeps its output, so a streaming part costs about as much as its last
 * lines, not as its whole text. A citation arriving for an earlier stretch redoes that stretch only.
 *
 * Injection splits at any line start no placement spans: a source marker never holds a line
 * break, and a trailing partial one is on the last line.
 */
export function extendCitationMarkers(
  source: string,
  placements: readonly CitationPlacement[],
  options: InjectCitationMarkersOptions = {},
  previous?: ExtendedCitationMarkers,
): ExtendedCitationMarkers {
  const pieces = previous ? reusablePieces(previous, source, placements) : [];
  let settled = pieces.at(-1)?.to ?? 0;
  const lastLine = source.lastIndexOf('\n') + 1;
  const spanned = (offset: number) => placements.some(({ start, end }) => start < offset && offset < end);
  while (lastLine - settled >= pieceLength) {
    let cut = source.indexOf('\n', settled + pieceLength - 1) + 1;
    while (cut > 0 && cut < lastLine && spanned(cut)) cut = source.indexOf('\n', cut) + 1;
    if (cut <= settled || cut > lastLine || spanned(cut)) break;
    pieces.push(injectPiece(source, settled, cut, placementsIn(placements, settled, cut, settled === 0)));
    settled = cut;
  }
  const rest = source.slice(settled);
  const restOutput = injectCitationMarkers(rest, placementsIn(placements, settled, Number.POSITIVE_INFINITY, settled === 0), options);
  // Most parts have nothing to inject: giving back the text itself spares a copy of it per frame.
  if (restOutput === rest && pieces.every((piece) => piece.unchanged)) return { source, text: source, pieces };
  let text = '';
  for (const piece of pieces) text += piece.output;
  return { source, text: text + restOutput, pieces };
}

function injectPiece(source: string, from: number, to: number, placements: readonly CitationPlacement[]): CitationMarkersPiece {
  const text = source.slice(from, to);
  const output = injectCitationMarkers(text, placements);
  return { from, to, placements, output, unchanged: output === text };
}

/**
 * The previous pieces that still hold for this text and these placements, those whose
 * placements changed injected again; none when the text no longer starts with them. A placement
 * across a piece boundary drops every piece from the one it starts in.
 */
function reusablePieces(previous: ExtendedCitationMarkers, source: string, placements: readonly CitationPlacement[]): CitationMarkersPiece[] {
  const settled = previous.pieces.at(-1)?.to ?? 0;
  if (settled === 0 || !startsWithText(source, previous.source.slice(0, settled))) return [];
  let kept = previous.pieces.length;
  const buckets: CitationPlacement[][] = previous.pieces.map(() => []);
  for (const placement of placements) {
    if (placement.start >= settled) continue;
    const index = pieceAt(previous.pieces, placement.start);
    const piece = previous.pieces[index];
    if (!piece) continue;
    if (placement.start < placement.end && placement.end > piece.to) kept = Math.min(kept, index);
    buckets[index]?.push({ index: placement.index, start: placement.start - piece.from, end: placement.end - piece.from });
  }
  return previous.pieces.slice(0, kept).map((piece, index) => {
    const own = buckets[index] ?? [];
    return samePlacements(own, piece.placements) ? piece : injectPiece(source, piece.from, piece.to, own);
  });
}

// The index of the piece holding `offset`; the first also holds any offset before 0.
function pieceAt(pieces: readonly CitationMarkersPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((pieces[middle]?.from ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

// The placements that start in [from, to), in coordinates from `from`; `fromStart` also takes
// any that start before 0.
function placementsIn(placements: readonly CitationPlacement[], from: number, to: number, fromStart: boolean): CitationPlacement[] {
  return placements
    .filter(({ start }) => (fromStart || start >= from) && start < to)
    .map(({ index, start, end }) => ({ index, start: start - from, end: end - from }));
}

function samePlacements(a: readonly CitationPlacement[], b: readonly CitationPlacement[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((placement, i) => {
    const other = b[i];
    return other !== undefined && placement.index === other.index && placement.start === other.start && placement.end === other.end;
  });
}

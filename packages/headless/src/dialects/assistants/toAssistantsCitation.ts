import type { Citation } from '../../events/Citation';
import { isJsonObject, readObject, readString } from '../readJson';

// A file_search marker as the model writes it: 【message:result†file name】.
const FILE_SEARCH_MARKER = /【[^】†]*†([^】]+)】/;

/**
 * The text of the part an annotation belongs to, seen through its end: `tail` starts `units`
 * UTF-16 units and `codePoints` code points into the part, and `whole()` is the whole text.
 * A streamed part is a long concatenated string that any read copies in full, so ranges that
 * fall in the tail (the fragment that brought the annotation) are checked there.
 */
export interface AnnotatedText {
  tail: string;
  units: number;
  codePoints: number;
  whole(): string;
}

/**
 * Normalizes one Assistants text annotation. `file_citation` (a file_search source) and
 * `file_path` (a file code interpreter wrote) both become `file` citations whose `id` is the file
 * id; other types keep their name. `partText` is the value of the text part the annotation
 * belongs to, `offset` the length of the message text before that part: the wire counts from the
 * part, a Citation from the whole message. Never throws.
 */
export function toAssistantsCitation(annotation: unknown, partText: string | AnnotatedText, offset: number): Citation {
  const type = readString(annotation, 'type') ?? 'unknown';
  const target = readObject(annotation, type);
  const fileId = readString(target, 'file_id');
  const text = readString(annotation, 'text');
  const range = locateRange(typeof partText === 'string' ? wholeText(partText) : partText, readPosition(annotation, 'start_index'), readPosition(annotation, 'end_index'), text);
  const isFile = type === 'file_citation' || type === 'file_path';
  const quote = readString(target, 'quote');
  return {
    type: isFile ? 'file' : type,
    start: range.start === null ? null : range.start + offset,
    end: range.end === null ? null : range.end + offset,
    id: fileId,
    title: readString(target, 'title') ?? titleOf(text),
    url: readString(target, 'url'),
    snippet: quote === null || quote === '' ? null : quote,
    highlights: [],
    source: null,
    date: null,
    details: fileId === null ? { annotation: type } : { annotation: type, fileId },
  };
}

// The name inside a file_search marker, or the last segment of a `sandbox:/mnt/data/…` path.
function titleOf(text: string | null): string | null {
  if (text === null || text === '') return null;
  const marker = FILE_SEARCH_MARKER.exec(text);
  if (marker?.[1]) return marker[1];
  const segment = text.slice(text.lastIndexOf('/') + 1);
  return segment === '' ? text : segment;
}

function readPosition(value: unknown, key: string): number | null {
  const position = isJsonObject(value) ? value[key] : undefined;
  return typeof position === 'number' && Number.isInteger(position) && position >= 0 ? position : null;
}

// The API does not say whether its indexes count UTF-16 units (as a Citation does) or code
// points, which differ after an emoji. The range whose slice is the annotated text wins.
function locateRange(partText: AnnotatedText, start: number | null, end: number | null, text: string | null): { start: number | null; end: number | null } {
  if (start === null || end === null || end < start) return { start, end };
  if (text === null || slice(partText, start, end) === text) return { start, end };
  const from = toUnits(partText, start);
  const to = toUnits(partText, end);
  if (slice(partText, from, to) === text) return { start: from, end: to };
  return { start, end };
}

function wholeText(text: string): AnnotatedText {
  return { tail: text, units: 0, codePoints: 0, whole: () => text };
}

function slice(partText: AnnotatedText, start: number, end: number): string {
  if (start >= partText.units) return partText.tail.slice(start - partText.units, end - partText.units);
  return partText.whole().slice(start, end);
}

function toUnits(partText: AnnotatedText, codePoints: number): number {
  if (codePoints >= partText.codePoints) return partText.units + codePointToUtf16(partText.tail, codePoints - partText.codePoints);
  return codePointToUtf16(partText.whole(), codePoints);
}

function codePointToUtf16(text: string, codePoints: number): number {
  let units = 0;
  let counted = 0;
  for (const character of text) {
    if (counted === codePoints) break;
    units += character.length;
    counted += 1;
  }
  return units + (codePoints - counted);
}

/** How many code points `text` holds: its UTF-16 units less one per surrogate pair. */
export function countCodePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length - 1; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0xd800 || unit > 0xdbff) continue;
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      count -= 1;
      index += 1;
    }
  }
  return count;
}

import type { Citation } from '../../events/Citation';
import { isJsonObject, readObject, readString } from './JsonObject';

// A file_search marker as the model writes it: 【message:result†file name】.
const FILE_SEARCH_MARKER = /【[^】†]*†([^】]+)】/;

/**
 * Normalizes one Assistants text annotation. `file_citation` (a file_search source) and
 * `file_path` (a file code interpreter wrote) both become `file` citations whose `id` is the file
 * id; other types keep their name. `partText` is the value of the text part the annotation
 * belongs to, `offset` the length of the message text before that part: the wire counts from the
 * part, a Citation from the whole message. Never throws.
 */
export function toAssistantsCitation(annotation: unknown, partText: string, offset: number): Citation {
  const type = readString(annotation, 'type') ?? 'unknown';
  const target = readObject(annotation, type);
  const fileId = readString(target, 'file_id');
  const text = readString(annotation, 'text');
  const range = locateRange(partText, readPosition(annotation, 'start_index'), readPosition(annotation, 'end_index'), text);
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
function locateRange(partText: string, start: number | null, end: number | null, text: string | null): { start: number | null; end: number | null } {
  if (start === null || end === null || end < start) return { start, end };
  if (text === null || partText.slice(start, end) === text) return { start, end };
  const from = codePointToUtf16(partText, start);
  const to = codePointToUtf16(partText, end);
  if (partText.slice(from, to) === text) return { start: from, end: to };
  return { start, end };
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

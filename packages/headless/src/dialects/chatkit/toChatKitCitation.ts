import type { Citation } from '../../events/Citation';
import { readIndex } from './isJsonObject';
import { isJsonObject, readString } from '../readJson';

/**
 * Normalizes one ChatKit annotation (`{type: "annotation", source, index?}`) into a citation.
 * The annotation's `index` is where its footnote marker sits, so the citation is a point
 * (`start === end`); `offset` moves it from its content part into the whole message's text.
 */
export function toChatKitCitation(annotation: unknown, offset = 0): Citation {
  const index = readIndex(annotation, 'index');
  return toChatKitSourceCitation(isJsonObject(annotation) ? annotation.source : undefined, index === null ? null : index + offset);
}

/**
 * Normalizes a ChatKit source (`url`, `file` or `entity`, as annotations and workflow tasks
 * carry them) into a citation at `position`, or unpositioned. Never throws.
 */
export function toChatKitSourceCitation(source: unknown, position: number | null = null): Citation {
  const type = readString(source, 'type') ?? 'url';
  const citation: Citation = {
    type,
    start: position,
    end: position,
    id: null,
    title: readString(source, 'title'),
    url: null,
    snippet: readString(source, 'description'),
    highlights: [],
    source: null,
    date: readString(source, 'timestamp'),
    details: {},
  };
  const group = readString(source, 'group');
  if (group !== null) citation.details.group = group;
  switch (type) {
    case 'url': {
      citation.url = readString(source, 'url');
      citation.source = readString(source, 'attribution') ?? hostname(citation.url);
      break;
    }
    case 'file': {
      const filename = readString(source, 'filename');
      if (filename !== null) citation.details.filename = filename;
      break;
    }
    case 'entity': {
      citation.id = readString(source, 'id');
      for (const [key, detail] of [['label', 'label'], ['inline_label', 'inlineLabel'], ['icon', 'icon']] as const) {
        const value = readString(source, key);
        if (value !== null) citation.details[detail] = value;
      }
      if (isJsonObject(source) && typeof source.interactive === 'boolean') citation.details.interactive = source.interactive;
      break;
    }
    default: {
      citation.id = readString(source, 'id');
      citation.url = readString(source, 'url');
    }
  }
  return citation;
}

function hostname(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

import type { Citation } from '../../events/Citation';
import { isRecord, pickString } from './pickString';

const USED_KEYS = new Set(['type', 'sourceId', 'source_id', 'id', 'url', 'uri', 'href', 'title', 'filename', 'snippet', 'cited_text', 'text']);

/**
 * A `source-url` or `source-document` frame (or a Claude citation) as a citation. The payload
 * is unconfirmed, so the AI SDK's keys and the obvious alternatives are all read, and other
 * scalar fields are kept in `details`.
 */
export function toTeammateCitation(raw: unknown, type: 'url' | 'document'): Citation {
  const fields = isRecord(raw) ? raw : {};
  const details: Citation['details'] = {};
  for (const [key, value] of Object.entries(fields)) {
    if (USED_KEYS.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) details[camelCase(key)] = value;
  }
  return {
    type,
    start: null,
    end: null,
    id: pickString(fields, 'sourceId', 'source_id', 'id'),
    title: pickString(fields, 'title', 'filename'),
    url: pickString(fields, 'url', 'uri', 'href'),
    snippet: pickString(fields, 'snippet', 'cited_text', 'text'),
    highlights: [],
    source: null,
    date: null,
    details,
  };
}

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

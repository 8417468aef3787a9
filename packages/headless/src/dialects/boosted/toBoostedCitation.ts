import type { Citation, TextRange } from '../../events/Citation';

type Json = Record<string, unknown>;

// Boosted names a document citation `text`; the gRPC flavour nests the fields in `<type>_citation`.
// Maps, not object literals: the type comes off the wire, and `constructor` must not find Object's.
const TYPE_NAMES: ReadonlyMap<string, string> = new Map([['text', 'document']]);
const NESTED_KEYS: ReadonlyMap<string, string> = new Map([['text', 'document_citation']]);

const TITLE_KEYS = ['title', 'headline', 'name', 'document_title', 'variable_name'];
const URL_KEYS = ['url', 'link', 'source_url'];
const SNIPPET_KEYS = ['snippet', 'text', 'excerpt', 'summary'];
const SOURCE_KEYS = ['domain', 'site', 'publisher', 'source', 'data_provider', 'provider', 'company_name'];
const DATE_KEYS = ['published_at', 'date', 'publication_date', 'filing_date', 'last_updated', 'updated_at'];
const ID_KEYS = ['citation_id', 'id'];
const RANGE_KEYS = ['citation_type', 'start', 'end', 'snippet_highlight_start', 'snippet_highlight_end', 'highlights', 'snippet_highlights'];

/**
 * Normalizes one Boosted citation. The per-type field names are undocumented, so every
 * plausible spelling is read, fields may sit flat or under `<type>_citation`, and whatever is
 * left over is kept in `details`. Never throws.
 */
export function toBoostedCitation(raw: unknown): Citation {
  const outer: Json = isObject(raw) ? raw : {};
  const rawType = readType(outer);
  const nestedKey = NESTED_KEYS.get(rawType) ?? `${rawType}_citation`;
  const nested = outer[nestedKey];
  const fields: Json = isObject(nested) ? { ...outer, ...nested } : outer;
  delete fields[nestedKey];

  const used = new Set<string>(RANGE_KEYS);
  const pick = (keys: readonly string[]): string | null => {
    for (const key of keys) {
      const value = fields[key];
      if (typeof value === 'string' && value !== '') {
        used.add(key);
        return value;
      }
    }
    return null;
  };

  const citation: Citation = {
    type: TYPE_NAMES.get(rawType) ?? rawType,
    start: toIndex(fields.start),
    end: toIndex(fields.end),
    id: pick(ID_KEYS),
    title: pick(TITLE_KEYS),
    url: pick(URL_KEYS),
    snippet: pick(SNIPPET_KEYS),
    highlights: readHighlights(fields),
    source: pick(SOURCE_KEYS),
    date: pick(DATE_KEYS),
    details: {},
  };
  for (const [key, value] of Object.entries(fields)) {
    if (used.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
      citation.details[camelCase(key)] = value;
    }
  }
  return citation;
}

// Without a type field (or with gRPC's empty default), the one `<type>_citation` object names it.
function readType(outer: Json): string {
  for (const key of ['citation_type', 'type']) {
    const value = outer[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  for (const [key, value] of Object.entries(outer)) {
    if (key.endsWith('_citation') && isObject(value)) return key.slice(0, -'_citation'.length);
  }
  return 'web';
}

function readHighlights(fields: Json): TextRange[] {
  const start = toIndex(fields.snippet_highlight_start);
  const end = toIndex(fields.snippet_highlight_end);
  const ranges: TextRange[] = start !== null && end !== null && end >= start ? [{ start, end }] : [];
  const list = fields.highlights ?? fields.snippet_highlights;
  if (Array.isArray(list)) {
    for (const entry of list) {
      if (!isObject(entry)) continue;
      const from = toIndex(entry.start);
      const to = toIndex(entry.end);
      if (from !== null && to !== null && to >= from) ranges.push({ start: from, end: to });
    }
  }
  return ranges;
}

function toIndex(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

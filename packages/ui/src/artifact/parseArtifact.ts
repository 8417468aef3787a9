import { sanitizeImageUrl } from '../url/sanitizeImageUrl';

/** A value in a table row or chart datum. */
export type ArtifactValue = string | number | boolean | null;

/** A column or axis: the row key it reads and its label. */
export interface ArtifactField {
  key: string;
  label: string;
}

/** A table artifact: `{ type: 'table', title, columns, rows }`. */
export interface TableArtifact {
  type: 'table';
  title: string | null;
  columns: ArtifactField[];
  /** Each row has a cell of its own for every column: null where the server sent none. */
  rows: Array<Record<string, ArtifactValue>>;
}

/** A chart artifact: `{ type: 'chart', title, chart: 'line' | 'bar', x, series, data }`. */
export interface ChartArtifact {
  type: 'chart';
  title: string | null;
  chart: 'line' | 'bar';
  x: ArtifactField;
  series: ArtifactField[];
  /** Each datum has a value of its own for `x` and every series: null where the server sent none. */
  data: Array<Record<string, ArtifactValue>>;
}

/**
 * A text artifact: a bare string, or `{ type: 'text' | 'markdown', content | text | markdown }`.
 * Bare strings and `markdown` are read as markdown; `text` is plain unless its `format` or
 * `mime_type` says markdown.
 */
export interface TextArtifact {
  type: 'text';
  title: string | null;
  format: 'markdown' | 'plain';
  text: string;
}

/**
 * An image artifact: `{ type: 'image', url | src, alt?, description? }`, or a bare image URL.
 * `url` is always an `http(s)` URL or a base64 raster `data:image/...` URL: anything else is
 * read as `json` instead.
 */
export interface ImageArtifact {
  type: 'image';
  title: string | null;
  url: string;
  /** From `alt`, else `description`, else the title, else "Image". */
  alt: string;
}

/** Anything without a known, well-formed shape. */
export interface JsonArtifact {
  type: 'json';
  title: string | null;
  value: unknown;
}

/** What an artifact turned out to be. */
export type ParsedArtifact = TableArtifact | ChartArtifact | TextArtifact | ImageArtifact | JsonArtifact;

const textKeys = ['content', 'text', 'markdown', 'body'] as const;
const imageUrlKeys = ['url', 'src', 'image_url', 'href', 'data'] as const;
const imageExtension = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/**
 * Reads an artifact as the server sent it and picks its viewer by shape. Liberal in what it
 * accepts, and never throws: anything malformed falls back to `json`.
 */
export function parseArtifact(artifact: unknown): ParsedArtifact {
  if (typeof artifact === 'string') return parseString(artifact);
  const record = isRecord(artifact) ? artifact : null;
  const title = readString(record?.title);
  const fallback: JsonArtifact = { type: 'json', title, value: artifact };
  if (!record) return fallback;
  const type = typeof record.type === 'string' ? record.type.toLowerCase() : '';
  const mimeType = readString(record.mime_type ?? record.media_type ?? record.content_type)?.toLowerCase() ?? '';

  if (type === 'table') {
    const columns = readFields(record.columns);
    const rows = columns ? readRows(record.rows, columns) : null;
    if (!columns || columns.length === 0 || !rows) return fallback;
    return { type: 'table', title, columns, rows };
  }
  if (type === 'chart') {
    const x = readField(record.x);
    const series = readFields(record.series);
    const data = x && series ? readRows(record.data, [x, ...series]) : null;
    if (!x || !series || series.length === 0 || !data) return fallback;
    return { type: 'chart', title, chart: record.chart === 'bar' ? 'bar' : 'line', x, series, data };
  }
  if (type === 'image' || mimeType.startsWith('image/')) {
    const url = readImageUrl(record, mimeType);
    if (!url) return fallback;
    const alt = readString(record.alt) ?? readString(record.description) ?? title ?? 'Image';
    return { type: 'image', title, url, alt };
  }
  if (type === 'text' || type === 'markdown' || mimeType === 'text/plain' || mimeType === 'text/markdown') {
    const text = textKeys.map((key) => record[key]).find((value): value is string => typeof value === 'string');
    if (text === undefined) return fallback;
    const format = record.format === 'markdown' || type === 'markdown' || mimeType === 'text/markdown' ? 'markdown' : 'plain';
    return { type: 'text', title, format, text };
  }
  return fallback;
}

function parseString(value: string): ParsedArtifact {
  const trimmed = value.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed === 'object' && parsed !== null) return parseArtifact(parsed);
    } catch {
      // Not JSON after all: it is text that happens to start with a bracket.
    }
  }
  const image = /^data:image\//i.test(trimmed) || (/^https?:/i.test(trimmed) && imageExtension.test(trimmed.split(/[?#]/)[0] ?? ''));
  const url = image ? sanitizeImageUrl(trimmed, { allowDataImages: true }) : null;
  if (url) return { type: 'image', title: null, url, alt: 'Image' };
  return { type: 'text', title: null, format: 'markdown', text: value };
}

function readImageUrl(record: Record<string, unknown>, mimeType: string): string | null {
  const raw = imageUrlKeys.map((key) => record[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (raw === undefined) return null;
  // Some APIs send bare base64 beside its mime type instead of a data URL.
  const candidate = mimeType.startsWith('image/') && /^[a-z0-9+/=\s]+$/i.test(raw) && raw.length > 16 ? `data:${mimeType};base64,${raw}` : raw;
  return sanitizeImageUrl(candidate, { allowDataImages: true });
}

function readField(value: unknown): ArtifactField | null {
  if (!isRecord(value) || typeof value.key !== 'string') return null;
  return { key: value.key, label: readString(value.label) ?? value.key };
}

function readFields(value: unknown): ArtifactField[] | null {
  if (!Array.isArray(value)) return null;
  const fields = value.map(readField);
  return fields.every((field) => field !== null) ? (fields as ArtifactField[]) : null;
}

// Built with `Object.fromEntries`, never by assignment: a `__proto__` cell would set the row's
// prototype. Every field gets a cell of its own, so a column keyed `constructor` reads null from
// a row without it, not Object's constructor.
function readRows(value: unknown, fields: readonly ArtifactField[]): Array<Record<string, ArtifactValue>> | null {
  if (!Array.isArray(value) || !value.every(isRecord)) return null;
  return value.map((row) =>
    Object.fromEntries([
      ...fields.filter((field) => !Object.hasOwn(row, field.key)).map((field) => [field.key, null] as const),
      ...Object.entries(row).map(([key, cell]) => [key, toArtifactValue(cell)] as const),
    ]),
  );
}

function toArtifactValue(cell: unknown): ArtifactValue {
  return typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' || cell === null ? cell : (JSON.stringify(cell) ?? null);
}

function readString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

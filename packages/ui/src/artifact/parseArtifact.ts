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
  rows: Array<Record<string, ArtifactValue>>;
}

/** A chart artifact: `{ type: 'chart', title, chart: 'line' | 'bar', x, series, data }`. */
export interface ChartArtifact {
  type: 'chart';
  title: string | null;
  chart: 'line' | 'bar';
  x: ArtifactField;
  series: ArtifactField[];
  data: Array<Record<string, ArtifactValue>>;
}

/** What an artifact turned out to be; `json` is anything without a known, well-formed shape. */
export type ParsedArtifact = TableArtifact | ChartArtifact | { type: 'json'; title: string | null; value: unknown };

/**
 * Reads an artifact object as the server sent it and picks its viewer by shape. Never throws:
 * anything malformed falls back to `json`.
 */
export function parseArtifact(artifact: unknown): ParsedArtifact {
  const record = isRecord(artifact) ? artifact : null;
  const title = typeof record?.title === 'string' && record.title !== '' ? record.title : null;
  const fallback: ParsedArtifact = { type: 'json', title, value: artifact };
  if (!record) return fallback;

  if (record.type === 'table') {
    const columns = readFields(record.columns);
    const rows = readRows(record.rows);
    if (!columns || columns.length === 0 || !rows) return fallback;
    return { type: 'table', title, columns, rows };
  }
  if (record.type === 'chart') {
    const x = readField(record.x);
    const series = readFields(record.series);
    const data = readRows(record.data);
    if (!x || !series || series.length === 0 || !data) return fallback;
    return { type: 'chart', title, chart: record.chart === 'bar' ? 'bar' : 'line', x, series, data };
  }
  return fallback;
}

function readField(value: unknown): ArtifactField | null {
  if (!isRecord(value) || typeof value.key !== 'string') return null;
  return { key: value.key, label: typeof value.label === 'string' && value.label !== '' ? value.label : value.key };
}

function readFields(value: unknown): ArtifactField[] | null {
  if (!Array.isArray(value)) return null;
  const fields = value.map(readField);
  return fields.every((field) => field !== null) ? (fields as ArtifactField[]) : null;
}

function readRows(value: unknown): Array<Record<string, ArtifactValue>> | null {
  if (!Array.isArray(value) || !value.every(isRecord)) return null;
  return value.map((row) => {
    const cells: Record<string, ArtifactValue> = {};
    for (const [key, cell] of Object.entries(row)) {
      cells[key] = typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' || cell === null ? cell : JSON.stringify(cell);
    }
    return cells;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

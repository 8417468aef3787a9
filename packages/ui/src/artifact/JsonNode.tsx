import { useId, useState } from 'react';

/** How the JSON tree shows a value. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** @internal Props of {@link JsonNode}. */
export interface JsonNodeProps {
  /** The key or index under its parent; null for the root. */
  name: string | number | null;
  value: unknown;
  depth: number;
  defaultExpandDepth: number;
  pageSize: number;
}

/** @internal The JSON type a value is shown as; what JSON cannot hold shows as `null`. */
export function jsonTypeOf(value: unknown): JsonType {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) return 'object';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'null';
}

/** @internal One entry of the JSON tree: a scalar, or an object or array that opens and closes. */
export function JsonNode({ name, value, depth, defaultExpandDepth, pageSize }: JsonNodeProps) {
  const type = jsonTypeOf(value);
  const [open, setOpen] = useState(depth < defaultExpandDepth);
  const [shown, setShown] = useState(pageSize);
  const childrenId = useId();
  const key = name === null ? null : <span className="tl-json-key">{name}</span>;

  if (type !== 'object' && type !== 'array') {
    return (
      <div className="tl-json-entry">
        {key}
        {key ? ': ' : null}
        <span className="tl-json-value" data-type={type}>
          {formatScalar(value, type)}
        </span>
      </div>
    );
  }

  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value as Record<string, unknown>);
  const summary = type === 'array' ? `[${count(entries.length, 'item')}]` : `{${count(entries.length, 'key')}}`;
  if (entries.length === 0) {
    return (
      <div className="tl-json-entry">
        {key}
        {key ? ': ' : null}
        <span className="tl-json-value" data-type={type}>
          {type === 'array' ? '[]' : '{}'}
        </span>
      </div>
    );
  }

  const remaining = entries.length - shown;
  return (
    <div className="tl-json-node" data-type={type} data-state={open ? 'open' : 'closed'}>
      <button
        type="button"
        className="tl-json-toggle"
        aria-expanded={open}
        aria-controls={open ? childrenId : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        <span className="tl-json-toggle-icon" aria-hidden="true" />
        {key}
        {key ? ': ' : null}
        <span className="tl-json-summary">{summary}</span>
      </button>
      {open ? (
        <ul id={childrenId} className="tl-json-children" role="list">
          {entries.slice(0, shown).map(([childName, child]) => (
            <li key={childName}>
              <JsonNode name={childName} value={child} depth={depth + 1} defaultExpandDepth={defaultExpandDepth} pageSize={pageSize} />
            </li>
          ))}
          {remaining > 0 ? (
            <li key="more">
              <button type="button" className="tl-json-more" onClick={() => setShown((current) => current + pageSize)}>
                Show {Math.min(pageSize, remaining)} more ({remaining} hidden)
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

function formatScalar(value: unknown, scalarType: Exclude<JsonType, 'object' | 'array'>): string {
  switch (scalarType) {
    case 'string': {
      return JSON.stringify(value);
    }
    case 'number':
    case 'boolean':
    case 'null': {
      return String(value);
    }
    default: {
      scalarType satisfies never;
      return '';
    }
  }
}

function count(total: number, noun: string): string {
  return `${total.toLocaleString()} ${noun}${total === 1 ? '' : 's'}`;
}

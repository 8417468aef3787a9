import { isRecord } from '../isRecord';

/**
 * Serialises like Python's `json.dumps(value, ensure_ascii=False)`: `", "` and `": "`
 * separators, as the m8tes docs and the fixtures show. Undefined object values are left out.
 */
export function formatPythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatPythonJson).join(', ')}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}: ${formatPythonJson(entry)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

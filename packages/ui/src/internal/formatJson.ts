/**
 * Text for a value shown in a `<pre>`: JSON text is re-indented with two spaces, other strings
 * are kept as they are, other values are serialized (an unserializable one becomes '').
 */
export function formatJson(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return value;
    try {
      return JSON.stringify(JSON.parse(trimmed), null, 2);
    } catch {
      // Arguments still streaming are not JSON yet: show them as they are.
      return value;
    }
  }
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return '';
  }
}

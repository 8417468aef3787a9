/** A short human detail from an error response body: its JSON `detail`/`message`/`error`, else a trimmed excerpt. */
export async function readErrorDetail(response: Response): Promise<string | null> {
  let body: string;
  try {
    body = await response.text();
  } catch {
    return null;
  }
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    for (const key of ['detail', 'message', 'error']) {
      const value = json[key];
      if (typeof value === 'string') return value;
      if (value && typeof value === 'object') {
        const nested = (value as Record<string, unknown>).message;
        if (typeof nested === 'string') return nested;
        return JSON.stringify(value).slice(0, 200);
      }
    }
  } catch {
    // not JSON: fall through to an excerpt
  }
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, 200);
}

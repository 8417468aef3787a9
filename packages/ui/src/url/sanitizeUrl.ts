const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL, normalized, if it is an absolute `http:`, `https:` or `mailto:` URL, and null
 * otherwise (`javascript:`, `data:`, `vbscript:`, relative or unparsable URLs). Use it for every
 * link that comes from a model or a server before it becomes an `href`.
 */
export function sanitizeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    // The URL parser strips the tabs, newlines and control characters browsers ignore,
    // so "java\tscript:" is judged as the browser would read it.
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return allowedProtocols.has(parsed.protocol) ? parsed.href : null;
}

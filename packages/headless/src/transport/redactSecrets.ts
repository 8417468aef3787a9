const redacted = '[redacted]';

/**
 * Removes the values of the request's headers from a text meant for people (an error detail
 * the server wrote, which may echo the key it refused): an `authorization` value, its token
 * without the scheme, and any other header value long enough to be a secret.
 */
export function redactSecrets(text: string, headers: Headers): string {
  let result = text;
  for (const [name, value] of headers) {
    if (name === 'accept' || name === 'content-type' || name === 'last-event-id') continue;
    const token = name === 'authorization' ? value.replace(/^\S+\s+/, '') : value;
    for (const secret of new Set([value, token])) {
      if (secret.length >= 8) result = result.replaceAll(secret, redacted);
    }
  }
  return result;
}

import type { IncomingMessage } from 'node:http';

const maxBodyBytes = 1_000_000;

/** Thrown by {@link readRequestBody} when a body exceeds the size limit. */
export class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body exceeds ${maxBodyBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads and decodes a request body: form-urlencoded when the content type says so, JSON
 * otherwise. Returns `undefined` for an empty or undecodable body, so callers can answer with
 * their own validation error.
 */
export async function readRequestBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > maxBodyBytes) throw new BodyTooLargeError();
    parts.push(part);
  }
  const text = Buffer.concat(parts).toString('utf8');
  if (text.trim() === '') return undefined;

  const contentType = req.headers['content-type'] ?? '';
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:http';
import { waitForCondition } from './waitForCondition';

/** One piece of a response body as the socket delivered it. */
export interface RawChunk {
  /** `performance.now()` when it arrived. */
  at: number;
  bytes: Buffer;
}

/** A response read byte for byte with `node:http`, below any SSE or UTF-8 decoding. */
export interface RawStream {
  status: number;
  headers: IncomingHttpHeaders;
  chunks: RawChunk[];
  /** Every body byte received so far. */
  body(): Buffer;
  /** Resolves when the connection closes; `complete` is false when the body was cut short. */
  closed: Promise<{ complete: boolean }>;
  /** Resolves once `predicate(body())` holds; rejects after `timeoutMs`. */
  waitFor(predicate: (body: Buffer) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Options of {@link openRawStream}. */
export interface RawRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON with `content-type: application/json`. */
  json?: unknown;
}

/** Sends a request and resolves with its response once the headers have arrived. */
export function openRawStream(url: string, { method = 'GET', headers = {}, json }: RawRequestOptions = {}): Promise<RawStream> {
  const payload = json === undefined ? undefined : JSON.stringify(json);
  const allHeaders = payload === undefined ? headers : { 'content-type': 'application/json', ...headers };
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: allHeaders }, (res) => {
      const chunks: RawChunk[] = [];
      const listeners = new Set<() => void>();
      const body = () => Buffer.concat(chunks.map((chunk) => chunk.bytes));
      res.on('data', (bytes: Buffer) => {
        chunks.push({ at: performance.now(), bytes });
        for (const listener of listeners) listener();
      });
      // A cut body surfaces as an 'aborted' error; `complete` below reports it.
      res.on('error', () => {});
      const closed = new Promise<{ complete: boolean }>((settle) => res.on('close', () => settle({ complete: res.complete })));
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        chunks,
        body,
        closed,
        waitFor(predicate, timeoutMs = 5_000) {
          return waitForCondition(listeners, () => predicate(body()), () => `raw stream condition not met (${body().length} bytes)`, timeoutMs);
        },
        close() {
          outgoing.destroy();
        },
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** Splits SSE bytes into complete frames (each with its blank line) and what follows the last one. */
export function splitFrames(body: Buffer): { frames: Buffer[]; rest: Buffer } {
  const frames: Buffer[] = [];
  let start = 0;
  for (let end = body.indexOf('\n\n', start); end !== -1; end = body.indexOf('\n\n', start)) {
    frames.push(body.subarray(start, end + 2));
    start = end + 2;
  }
  return { frames, rest: body.subarray(start) };
}

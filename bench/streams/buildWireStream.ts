import { createSseReader } from '@threadline/headless';
import type { SseMessage } from '@threadline/headless';
import type { WireFrame } from './WireFrame';

/** One stream, pre-built for the benchmark: as SSE messages, and as the bytes they came from. */
export interface WireStream {
  /** The messages exactly as `createSseReader` emits them for `chunks`. */
  messages: SseMessage[];
  /** The body in network-sized slices (which split lines and UTF-8 sequences anywhere). */
  chunks: Uint8Array[];
}

// A read from a streamed fetch body is typically some kilobytes.
const CHUNK_SIZE = 16 * 1024;

/** Serializes the frames as an SSE body and reads it back, so the messages are the reader's own. */
export function buildWireStream(frames: readonly WireFrame[]): WireStream {
  const text = frames.map((frame) => `${frame.event === undefined ? '' : `event: ${frame.event}\n`}data: ${frame.data}\n\n`).join('');
  const body = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < body.length; start += CHUNK_SIZE) chunks.push(body.subarray(start, start + CHUNK_SIZE));
  const messages: SseMessage[] = [];
  const reader = createSseReader({ onMessage: (message) => messages.push(message) });
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  if (messages.length !== frames.length) throw new Error(`Expected ${frames.length} messages, read ${messages.length}.`);
  return { messages, chunks };
}

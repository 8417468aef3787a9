import { createParser } from 'eventsource-parser';
import type { SseMessage } from './SseMessage';
import { TransportError } from './TransportError';

/** Callbacks for {@link createSseReader}. */
export interface SseReaderCallbacks {
  onMessage(message: SseMessage): void;
  /** An SSE comment line (a heartbeat, usually). */
  onComment?(comment: string): void;
  /** The server's `retry:` reconnection delay, in ms. */
  onRetry?(milliseconds: number): void;
  /** The body carried bytes that are not UTF-8 (shown as U+FFFD); called once per stream. */
  onInvalidText?(): void;
  /** The most bytes one frame may take before it is refused (default {@link defaultMaxFrameBytes}). */
  maxFrameBytes?: number;
}

/** Bytes in, SSE messages out. */
export interface SseReader {
  /**
   * Feeds the next slice of the body. Slices may split lines and UTF-8 sequences anywhere.
   * Throws a `protocol` {@link TransportError} when a frame grows past `maxFrameBytes`.
   */
  push(bytes: Uint8Array): void;
  /** The body ended: decodes what is left, including a final frame with no trailing blank line. */
  end(): void;
}

/** The default {@link SseReaderCallbacks.maxFrameBytes}: 8 MiB. */
export const defaultMaxFrameBytes = 8 * 1024 * 1024;

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

// U+FFFD the server really sent (EF BF BD) is not a decoding error: only extra ones are.
function countReplacementBytes(bytes: Uint8Array): number {
  let count = 0;
  for (let index = bytes.indexOf(0xef); index !== -1; index = bytes.indexOf(0xef, index + 1)) {
    if (bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count += 1;
  }
  return count;
}

function countReplacementCharacters(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) count += 1;
  return count;
}

const isLineBreak = (byte: number | undefined) => byte === LINE_FEED || byte === CARRIAGE_RETURN;

/**
 * Where the last frame in `bytes` ends (just after the line break that ends its blank line), or
 * -1. `before` holds the last two bytes of the slices before, for a blank line split across them.
 */
function lastFrameEnd(bytes: Uint8Array, before: readonly number[]): number {
  const at = (index: number) => (index >= 0 ? bytes[index] : before[before.length + index]);
  for (let index = bytes.length - 1; index >= 0; index -= 1) {
    const byte = bytes[index];
    if (!isLineBreak(byte)) continue;
    const previous = at(index - 1);
    // CR LF is one line break: the line before it must itself have ended in a line break.
    if (byte === LINE_FEED && previous === CARRIAGE_RETURN ? isLineBreak(at(index - 2)) : isLineBreak(previous)) return index + 1;
  }
  return -1;
}

/** Decodes an SSE body from bytes with eventsource-parser. */
export function createSseReader(callbacks: SseReaderCallbacks): SseReader {
  const decoder = new TextDecoder('utf-8');
  const maxFrameBytes = callbacks.maxFrameBytes ?? defaultMaxFrameBytes;
  // Bytes since the last blank line: the frame being read.
  let pending = 0;
  let tail: number[] = [];
  let invalidReported = false;
  const parser = createParser({
    onEvent: (message) => {
      callbacks.onMessage({ event: message.event, data: message.data, id: message.id });
    },
    onComment: (comment) => {
      callbacks.onComment?.(comment);
    },
    onRetry: (milliseconds) => callbacks.onRetry?.(milliseconds),
  });
  const feed = (text: string, bytes: Uint8Array | null) => {
    if (text === '') return;
    if (!invalidReported && text.includes('\uFFFD') && countReplacementCharacters(text) > (bytes === null ? 0 : countReplacementBytes(bytes))) {
      invalidReported = true;
      callbacks.onInvalidText?.();
    }
    parser.feed(text);
  };
  return {
    push(bytes) {
      const end = lastFrameEnd(bytes, tail);
      pending = end === -1 ? pending + bytes.byteLength : bytes.byteLength - end;
      tail = bytes.byteLength >= 2 ? [bytes[bytes.byteLength - 2]!, bytes[bytes.byteLength - 1]!] : [...tail, ...bytes].slice(-2);
      // Fed first: the frames before the long one are delivered.
      feed(decoder.decode(bytes, { stream: true }), bytes);
      if (pending > maxFrameBytes) {
        throw new TransportError('protocol', `A frame passed the ${Math.round(maxFrameBytes / 1024)} KiB limit before it ended; the stream was stopped there.`);
      }
    },
    end() {
      feed(decoder.decode(), null);
      // A body may end without the blank line that dispatches its last frame.
      parser.feed('\n\n');
      parser.reset();
    },
  };
}

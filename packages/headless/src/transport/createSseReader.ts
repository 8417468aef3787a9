import { createParser } from 'eventsource-parser';
import type { SseMessage } from './SseMessage';

/** Callbacks for {@link createSseReader}. */
export interface SseReaderCallbacks {
  onMessage(message: SseMessage): void;
  /** An SSE comment line (a heartbeat, usually). */
  onComment?(comment: string): void;
  /** The server's `retry:` reconnection delay, in ms. */
  onRetry?(milliseconds: number): void;
}

/** Bytes in, SSE messages out. */
export interface SseReader {
  /** Feeds the next slice of the body. Slices may split lines and UTF-8 sequences anywhere. */
  push(bytes: Uint8Array): void;
  /** The body ended: decodes what is left, including a final frame with no trailing blank line. */
  end(): void;
}

/** Decodes an SSE body from bytes with eventsource-parser. */
export function createSseReader(callbacks: SseReaderCallbacks): SseReader {
  const decoder = new TextDecoder('utf-8');
  const parser = createParser({
    onEvent: (message) => callbacks.onMessage({ event: message.event, data: message.data, id: message.id }),
    onComment: (comment) => callbacks.onComment?.(comment),
    onRetry: (milliseconds) => callbacks.onRetry?.(milliseconds),
  });
  return {
    push(bytes) {
      const text = decoder.decode(bytes, { stream: true });
      if (text !== '') parser.feed(text);
    },
    end() {
      const rest = decoder.decode();
      if (rest !== '') parser.feed(rest);
      // A body may end without the blank line that dispatches its last frame.
      parser.feed('\n\n');
      parser.reset();
    },
  };
}

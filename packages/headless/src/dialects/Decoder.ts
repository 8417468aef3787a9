import type { ThreadEvent } from '../events/ThreadEvent';
import type { SseMessage } from '../transport/SseMessage';

/**
 * Turns one connection's SSE messages into canonical events. A decoder keeps only what its
 * dialect needs to carry between frames (the open message, a half-received marker), does no
 * I/O, and never throws: bad input becomes a `run-error` event.
 */
export interface Decoder {
  /** The events one SSE message stands for, in order. */
  decode(message: SseMessage): ThreadEvent[];
  /** The events still held back when the body ends (text kept for a marker that never closed). */
  finish(): ThreadEvent[];
}

/** Options every decoder takes. */
export interface DecoderOptions {
  /** Prefix for the ids the decoder makes up where the wire has none, unique per connection. */
  idPrefix?: string;
  /** Called for input that is ignored (an unknown event). Defaults to a development-only console warning. */
  onWarning?: (message: string) => void;
}

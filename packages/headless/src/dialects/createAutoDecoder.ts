import type { DialectName } from '../events/DialectName';
import type { ThreadEvent } from '../events/ThreadEvent';
import type { SseMessage } from '../transport/SseMessage';
import type { Decoder, DecoderOptions } from './Decoder';
import { detectDialect } from './detectDialect';

/** A decoder that finds out its dialect from the first frames. */
export interface AutoDecoder extends Decoder {
  /** The dialect once recognised, else null. */
  readonly dialect: DialectName | null;
}

// Past this many frames with no verdict the stream is not one Threadline speaks.
const MAX_UNDECIDED = 20;

/**
 * Holds messages back until {@link detectDialect} recognises the dialect, then hands them, and
 * every later one, to that dialect's decoder. `create` makes the chosen decoder.
 */
export function createAutoDecoder(create: (dialect: DialectName, options: DecoderOptions) => Decoder, options: DecoderOptions = {}): AutoDecoder {
  let decoder: Decoder | null = null;
  let dialect: DialectName | null = null;
  let held: SseMessage[] = [];
  let gaveUp = false;

  function unknown(): ThreadEvent[] {
    gaveUp = true;
    held = [];
    const message = 'Could not recognise the dialect of this stream from its first frames.';
    options.onWarning?.(message);
    return [{ type: 'run-error', error: { kind: 'protocol', code: null, message, retryable: false } }];
  }

  return {
    get dialect() {
      return dialect;
    },
    decode(message) {
      if (decoder) return decoder.decode(message);
      if (gaveUp) return [];
      held.push(message);
      dialect = detectDialect(held);
      if (dialect === null) return held.length >= MAX_UNDECIDED ? unknown() : [];
      decoder = create(dialect, options);
      const events: ThreadEvent[] = [{ type: 'thread-update', dialect }, ...held.flatMap((each) => (decoder as Decoder).decode(each))];
      held = [];
      return events;
    },
    finish() {
      if (decoder) return decoder.finish();
      return held.length > 0 && !gaveUp ? unknown() : [];
    },
  };
}

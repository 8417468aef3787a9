import type { DialectName } from '../events/DialectName';
import type { ThreadEvent } from '../events/ThreadEvent';
import { createDecoder } from '../dialects/createDecoder';
import type { DecoderOptions } from '../dialects/Decoder';
import { detectDialect } from '../dialects/detectDialect';
import { createThreadState } from '../thread/ThreadState';
import type { ThreadState } from '../thread/ThreadState';
import { reduceThreadEvents } from '../thread/reduceThread';
import { createSseReader } from '../transport/createSseReader';
import type { SseMessage } from '../transport/SseMessage';

/** Options for {@link replayTranscript}. */
export interface ReplayOptions extends DecoderOptions {
  /** The dialect, or `auto` (the default) to detect it from the first frames. */
  dialect?: DialectName | 'auto';
}

/** What a replay produced. */
export interface ReplayResult {
  dialect: DialectName;
  state: ThreadState;
  events: ThreadEvent[];
}

/** Thrown when `auto` cannot tell the dialect of a transcript. */
export class UnknownDialectError extends Error {
  constructor() {
    super('Could not detect the dialect of this stream; pass --dialect boosted|assistants|teammate|chatkit.');
    this.name = 'UnknownDialectError';
  }
}

/**
 * Runs a captured response body, given as byte slices in arrival order, through the same
 * SSE reader, decoder and reducer as a live stream, and returns the final thread state.
 */
export function replayTranscript(slices: Iterable<Uint8Array>, options: ReplayOptions = {}): ReplayResult {
  const messages: SseMessage[] = [];
  const reader = createSseReader({ onMessage: (message) => messages.push(message) });
  for (const slice of slices) reader.push(slice);
  reader.end();

  const dialect = options.dialect && options.dialect !== 'auto' ? options.dialect : detectDialect(messages);
  if (dialect === null) throw new UnknownDialectError();
  const decoder = createDecoder(dialect, options);
  const events: ThreadEvent[] = [];
  for (const message of messages) events.push(...decoder.decode(message));
  events.push(...decoder.finish());
  const state = reduceThreadEvents(createThreadState({ dialect }), events);
  return { dialect, state, events };
}

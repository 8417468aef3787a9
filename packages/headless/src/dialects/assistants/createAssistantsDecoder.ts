import type { Decoder, DecoderOptions } from '../Decoder';

/** Placeholder until the Assistants decoder lands. */
export function createAssistantsDecoder(_options: DecoderOptions = {}): Decoder {
  return { decode: () => [], finish: () => [] };
}

import type { Decoder, DecoderOptions } from '../Decoder';

/** Placeholder until the Teammate decoder lands. */
export function createTeammateDecoder(_options: DecoderOptions = {}): Decoder {
  return { decode: () => [], finish: () => [] };
}

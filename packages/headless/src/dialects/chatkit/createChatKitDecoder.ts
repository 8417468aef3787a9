import type { Decoder, DecoderOptions } from '../Decoder';

/** Placeholder until the ChatKit decoder lands. */
export function createChatKitDecoder(_options: DecoderOptions = {}): Decoder {
  return { decode: () => [], finish: () => [] };
}

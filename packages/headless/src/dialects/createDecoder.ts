import type { DialectName } from '../events/DialectName';
import { createAssistantsDecoder } from './assistants/createAssistantsDecoder';
import { createAutoDecoder } from './createAutoDecoder';
import { createBoostedDecoder } from './boosted/createBoostedDecoder';
import { createChatKitDecoder } from './chatkit/createChatKitDecoder';
import { createTeammateDecoder } from './teammate/createTeammateDecoder';
import type { Decoder, DecoderOptions } from './Decoder';

/** The dialects this version can decode. */
export const supportedDialects: readonly DialectName[] = ['boosted', 'assistants', 'teammate', 'chatkit'];

/** Thrown for a dialect whose decoder is not built yet. */
export class UnsupportedDialectError extends Error {
  constructor(readonly dialect: string) {
    super(`The "${dialect}" dialect is not supported yet. Supported: ${supportedDialects.join(', ')}.`);
    this.name = 'UnsupportedDialectError';
  }
}

/** A fresh decoder for one connection in the given dialect, or one that recognises it (`auto`). */
export function createDecoder(dialect: DialectName | 'auto', options?: DecoderOptions): Decoder {
  switch (dialect) {
    case 'auto': {
      return createAutoDecoder(createDecoder, options);
    }
    case 'boosted': {
      return createBoostedDecoder(options);
    }
    case 'assistants': {
      return createAssistantsDecoder(options);
    }
    case 'teammate': {
      return createTeammateDecoder(options);
    }
    case 'chatkit': {
      return createChatKitDecoder(options);
    }
    default: {
      dialect satisfies never;
      throw new UnsupportedDialectError(String(dialect));
    }
  }
}

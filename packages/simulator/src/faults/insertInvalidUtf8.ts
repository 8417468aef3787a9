import { findLastStringValue } from './findLastStringValue';
import { locateDataValue } from './locateDataValue';

/**
 * Bytes no UTF-8 decoder accepts: a lead byte followed by ASCII (C3 28), a byte that never
 * occurs in UTF-8 (FF), and a UTF-16 surrogate encoded as if it were a character (ED A0 80).
 */
export const invalidUtf8 = Uint8Array.of(0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80);

/**
 * The bytes of an SSE frame with {@link invalidUtf8} inside its first data line: where the last
 * string value starts (so the JSON stays well formed), else at the start of the value.
 */
export function insertInvalidUtf8(frame: string): Uint8Array {
  const range = locateDataValue(frame);
  if (range === undefined) return Buffer.concat([invalidUtf8, Buffer.from(frame, 'utf8')]);
  const at = range.start + (findLastStringValue(frame.slice(range.start, range.end)) ?? 0);
  return Buffer.concat([Buffer.from(frame.slice(0, at), 'utf8'), invalidUtf8, Buffer.from(frame.slice(at), 'utf8')]);
}

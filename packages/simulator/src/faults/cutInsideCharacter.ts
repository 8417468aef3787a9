import { findLastStringValue } from './findLastStringValue';
import { locateDataValue } from './locateDataValue';

function sequenceLength(leadByte: number): number {
  if (leadByte >= 0xf0) return 4;
  return leadByte >= 0xe0 ? 3 : 2;
}

/**
 * The bytes of an SSE frame up to the middle of a multi-byte UTF-8 character: the frame's first
 * one, or, in a frame of ASCII only, an "é" put where the data line's last string value starts
 * (else halfway through the frame). The result always ends in an incomplete sequence.
 */
export function cutInsideCharacter(frame: string): Uint8Array {
  const bytes = Buffer.from(frame, 'utf8');
  const lead = bytes.findIndex((byte) => byte >= 0xc0);
  if (lead !== -1) return bytes.subarray(0, lead + Math.floor(sequenceLength(bytes[lead] ?? 0) / 2));
  const range = locateDataValue(frame);
  const valueStart = range === undefined ? undefined : findLastStringValue(frame.slice(range.start, range.end));
  const at = range !== undefined && valueStart !== undefined ? range.start + valueStart : Math.floor(frame.length / 2);
  return Buffer.concat([Buffer.from(frame.slice(0, at), 'utf8'), Buffer.from('é', 'utf8').subarray(0, 1)]);
}

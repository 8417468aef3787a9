import type { SseMessage } from '../../transport/SseMessage';
import { isRecord } from './pickString';
import type { Json } from './pickString';

/**
 * One Teammate SSE message with its envelope removed:
 * - `frame`: a JSON object with a string `type`;
 * - `done`: the non-JSON `[DONE]` sentinel;
 * - `skip`: nothing to decode (an empty data field, a Claude SDK `subtype` `init`/`success` payload);
 * - `untyped`: a JSON object whose `type` is missing or not a string;
 * - `malformed`: data that is not a JSON object.
 */
export type TeammateFrame =
  | { kind: 'frame'; type: string; raw: Json }
  | { kind: 'done' }
  | { kind: 'skip' }
  | { kind: 'untyped'; raw: Json }
  | { kind: 'malformed'; reason: string };

const SKIPPED_SUBTYPES = new Set(['init', 'success']);

/** Reads a Teammate message the way the m8tes SDK parser does; never throws. */
export function readTeammateFrame(message: SseMessage): TeammateFrame {
  const data = message.data.trim();
  if (data === '') return { kind: 'skip' };
  if (data === '[DONE]') return { kind: 'done' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (error) {
    return { kind: 'malformed', reason: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(value)) return { kind: 'malformed', reason: 'the frame is not a JSON object' };
  if (typeof value.subtype === 'string' && SKIPPED_SUBTYPES.has(value.subtype)) return { kind: 'skip' };
  if (typeof value.type !== 'string') return { kind: 'untyped', raw: value };
  return { kind: 'frame', type: value.type, raw: value };
}

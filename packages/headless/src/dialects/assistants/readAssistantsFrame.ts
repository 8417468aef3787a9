import type { SseMessage } from '../../transport/SseMessage';
import { isJsonObject, readString } from '../readJson';
import type { JsonObject } from './JsonObject';

/** The Assistants v2 stream events the decoder understands (`done` is read as its own frame kind). */
export const assistantsEventNames = [
  'thread.created',
  'thread.run.created',
  'thread.run.queued',
  'thread.run.in_progress',
  'thread.run.requires_action',
  'thread.run.completed',
  'thread.run.incomplete',
  'thread.run.failed',
  'thread.run.cancelling',
  'thread.run.cancelled',
  'thread.run.expired',
  'thread.run.step.created',
  'thread.run.step.in_progress',
  'thread.run.step.delta',
  'thread.run.step.completed',
  'thread.run.step.failed',
  'thread.run.step.cancelled',
  'thread.run.step.expired',
  'thread.message.created',
  'thread.message.in_progress',
  'thread.message.delta',
  'thread.message.completed',
  'thread.message.incomplete',
  'error',
] as const;

/** One event name from {@link assistantsEventNames}. */
export type AssistantsEventName = (typeof assistantsEventNames)[number];

/**
 * An Assistants SSE message, read:
 * - `event`: a known event with its data object; `derived` when the name came from the data's
 *   `object` and `status` because the frame had no `event:` line;
 * - `done`: the `[DONE]` sentinel;
 * - `malformed`: data that is not JSON;
 * - `ignored`: anything else, with the reason to warn about.
 */
export type AssistantsFrame =
  | { kind: 'event'; name: AssistantsEventName; data: JsonObject; derived: boolean }
  | { kind: 'done' }
  | { kind: 'malformed'; name: string; excerpt: string }
  | { kind: 'ignored'; reason: string };

// Names map to the constants themselves: an event name read off the wire is a fresh string each
// frame, and the decoder's switch compares constants by pointer, strings read off the wire by content.
const known: ReadonlyMap<string, AssistantsEventName> = new Map(assistantsEventNames.map((name) => [name, name]));
const MESSAGE_DELTA: AssistantsEventName = 'thread.message.delta';

/**
 * Reads one SSE message of the Assistants stream. The `event:` line names the event; without one
 * (or with the browser default `message`), the name is derived from the data's `object` field.
 */
export function readAssistantsFrame(message: SseMessage): AssistantsFrame {
  const wireName = message.event === undefined || message.event === '' || message.event === 'message' ? null : message.event;
  const data = message.data.trim();
  if (wireName === 'done' || (wireName === null && data === '[DONE]')) return { kind: 'done' };
  // Most frames are message deltas: a comparison recognises them before the map hashes the name.
  const named = wireName === null ? null : wireName === MESSAGE_DELTA ? MESSAGE_DELTA : (known.get(wireName) ?? null);
  if (wireName !== null && named === null) return { kind: 'ignored', reason: `Ignored an unknown Assistants event "${wireName}".` };

  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { kind: 'malformed', name: named ?? 'unnamed', excerpt: data.length > 80 ? `${data.slice(0, 80)}…` : data };
  }

  if (named === 'error') return { kind: 'event', name: 'error', data: isJsonObject(value) ? value : { message: String(value) }, derived: false };
  if (!isJsonObject(value)) return { kind: 'ignored', reason: `Ignored an Assistants "${named ?? 'unnamed'}" event whose data is not a JSON object.` };
  if (named !== null) return { kind: 'event', name: named, data: value, derived: false };

  const derivedName = deriveName(value);
  if (derivedName === null) return { kind: 'ignored', reason: 'Ignored an Assistants frame with no event name and no recognizable object.' };
  return { kind: 'event', name: derivedName, data: value, derived: true };
}

// `in_progress` messages and steps read as `created` (whose handling is idempotent), and a queued
// run as `thread.run.queued` (which the decoder reads as `created` for a run it has not seen):
// from the data alone the two cannot be told apart.
function deriveName(value: JsonObject): AssistantsEventName | null {
  const object = readString(value, 'object');
  const status = readString(value, 'status');
  let name: string | null;
  switch (object) {
    case 'thread': {
      name = 'thread.created';
      break;
    }
    case 'thread.run': {
      name = status === null ? null : `thread.run.${status}`;
      break;
    }
    case 'thread.run.step':
    case 'thread.message': {
      name = status === 'in_progress' ? `${object}.created` : status === null ? null : `${object}.${status}`;
      break;
    }
    case 'thread.run.step.delta':
    case 'thread.message.delta': {
      name = object;
      break;
    }
    default: {
      name = object === null && (isJsonObject(value.error) || typeof value.message === 'string') ? 'error' : null;
    }
  }
  return name === null ? null : (known.get(name) ?? null);
}

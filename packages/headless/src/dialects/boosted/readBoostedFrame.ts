import type { SseMessage } from '../../transport/SseMessage';

/** The event names the Boosted stream is known to send (SSE and gRPC spellings). */
export const boostedEventNames = [
  'message_work_in_progress',
  'message_chunk',
  'message',
  'task_status',
  'execution_status',
  'thread_name',
  'worker_error',
  'message_cancelled',
] as const;

/**
 * A Boosted frame with its envelope removed. `grpc` is true when the event was named the way the
 * gRPC service names it (`message_chunk_event`): that stream has no task status, so its complete
 * message ends the run.
 */
export type BoostedFrame =
  | { kind: 'event'; name: string; payload: unknown; siblings: Readonly<Record<string, unknown>>; grpc: boolean }
  | { kind: 'malformed'; reason: string }
  | { kind: 'empty' };

const known = new Set<string>(boostedEventNames);
// Each event by the names it may come under: its own, and gRPC's, which names its oneof fields
// `<event>_event` (the work-in-progress one without `message_`).
const eventNames: ReadonlyMap<string, string> = new Map([
  ...boostedEventNames.map((name) => [name, name] as const),
  ...boostedEventNames.map((name) => [`${name}_event`, name] as const),
  ['work_in_progress_event', 'message_work_in_progress'],
]);
// Most frames have no siblings; they share one empty object rather than copying the frame per chunk.
const noSiblings: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Reads either framing: an `event:` line with the event's object as data (unwrapped if it is
 * still wrapped in a single key named after the event), or data-only JSON whose top-level key
 * is the event name (`final_chunk` and the like may sit beside it, in `siblings`). A gRPC-style
 * `_event` suffix and a `type`/`event` discriminator field are accepted too.
 */
export function readBoostedFrame(message: SseMessage): BoostedFrame {
  const data = isBraced(message.data) ? message.data : message.data.trim();
  if (data === '' || data === '[DONE]') return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (error) {
    return { kind: 'malformed', reason: error instanceof Error ? error.message : String(error) };
  }

  // Servers that name every event `message` (the browser default) may still key the data.
  const keyFramed = message.event === 'message' && isObject(value) && Object.keys(value).some((key) => known.has(normalizeName(key)));
  if (message.event && !keyFramed) {
    const payload = isSingleKey(value, message.event) ? value[message.event] : value;
    return toEvent(message.event, normalizeName(message.event), payload, noSiblings);
  }
  if (!isObject(value)) return { kind: 'malformed', reason: 'the frame is not a JSON object' };

  // Most frames are `{"<event>": payload}`: one key, the event whatever its name.
  const onlyKey = singleKey(value);
  if (onlyKey !== undefined) return toEvent(onlyKey, normalizeName(onlyKey), value[onlyKey], noSiblings);
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] as string;
    return toEvent(key, normalizeName(key), value[key], noSiblings);
  }
  let eventKey: string | undefined;
  let eventName: string | undefined;
  let eventKeys = 0;
  for (const key of keys) {
    const name = normalizeName(key);
    if (!known.has(name)) continue;
    eventKey = key;
    eventName = name;
    eventKeys += 1;
  }
  if (eventKeys === 1 && eventKey !== undefined && eventName !== undefined) {
    const { [eventKey]: payload, ...siblings } = value;
    return toEvent(eventKey, eventName, payload, siblings);
  }
  const discriminator = typeof value.type === 'string' ? value.type : typeof value.event === 'string' ? value.event : undefined;
  if (discriminator !== undefined) return toEvent(discriminator, normalizeName(discriminator), value, noSiblings);
  return { kind: 'event', name: keys.join(','), payload: value, siblings: noSiblings, grpc: false };
}

// `name` is `normalizeName(wireName)`, which the caller has often worked out already.
function toEvent(wireName: string, name: string, payload: unknown, siblings: Readonly<Record<string, unknown>>): BoostedFrame {
  return { kind: 'event', name, payload, siblings, grpc: name !== wireName && wireName.endsWith('_event') };
}

// Frames come in runs of the same event (a chunk per word): the last name is remembered, which
// saves a map lookup per frame.
let lastWireName = '';
let lastName = '';

function normalizeName(name: string): string {
  if (name !== lastWireName) {
    lastName = eventNames.get(name) ?? name;
    lastWireName = name;
  }
  return lastName;
}

// Read before trimming: JSON data nearly always starts and ends with a brace, and then trimming has
// nothing to remove.
function isBraced(data: string): boolean {
  return data.charCodeAt(0) === 123 && data.charCodeAt(data.length - 1) === 125;
}

// The object's only key, without listing its keys into an array per frame; undefined when it has
// more or fewer (for-in also walks the prototype, hence the check that the key is its own).
function singleKey(value: Record<string, unknown>): string | undefined {
  let only: string | undefined;
  for (const key in value) {
    if (only !== undefined) return undefined;
    only = key;
  }
  return only !== undefined && Object.hasOwn(value, only) ? only : undefined;
}

// The key is looked up before the keys are listed: most event-framed data is not wrapped at all.
function isSingleKey(value: unknown, key: string): value is Record<string, unknown> {
  return isObject(value) && Object.hasOwn(value, key) && Object.keys(value).length === 1;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

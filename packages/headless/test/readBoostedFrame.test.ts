import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SseMessage } from '@threadline/headless';
import { boostedEventNames, readBoostedFrame } from '../src/dialects/boosted/readBoostedFrame';
import type { BoostedFrame } from '../src/dialects/boosted/readBoostedFrame';

type Json = Record<string, unknown>;

// readBoostedFrame as it was before its shortcut for one-key frames and its table of event
// names: the reference the reader must keep agreeing with.
const known = new Set<string>(boostedEventNames);
const grpcAliases: ReadonlyMap<string, string> = new Map([['work_in_progress', 'message_work_in_progress']]);

function referenceReadBoostedFrame(message: SseMessage): BoostedFrame {
  const data = message.data.trim();
  if (data === '' || data === '[DONE]') return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (error) {
    return { kind: 'malformed', reason: error instanceof Error ? error.message : String(error) };
  }
  const keyFramed = message.event === 'message' && isObject(value) && Object.keys(value).some((key) => known.has(normalizeName(key)));
  if (message.event && !keyFramed) {
    const payload = isObject(value) && Object.keys(value).length === 1 && Object.hasOwn(value, message.event) ? value[message.event] : value;
    return toEvent(message.event, normalizeName(message.event), payload, {});
  }
  if (!isObject(value)) return { kind: 'malformed', reason: 'the frame is not a JSON object' };
  const keys = Object.keys(value);
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
  const nameKey = eventKeys === 1 ? eventKey : keys.length === 1 ? keys[0] : undefined;
  if (nameKey !== undefined) {
    const name = eventKeys === 1 && eventName !== undefined ? eventName : normalizeName(nameKey);
    if (keys.length === 1) return toEvent(nameKey, name, value[nameKey], {});
    const { [nameKey]: payload, ...siblings } = value;
    return toEvent(nameKey, name, payload, siblings);
  }
  const discriminator = typeof value.type === 'string' ? value.type : typeof value.event === 'string' ? value.event : undefined;
  if (discriminator !== undefined) return toEvent(discriminator, normalizeName(discriminator), value, {});
  return { kind: 'event', name: keys.join(','), payload: value, siblings: {}, grpc: false };
}

function toEvent(wireName: string, name: string, payload: unknown, siblings: Json): BoostedFrame {
  return { kind: 'event', name, payload, siblings, grpc: name !== wireName && wireName.endsWith('_event') };
}

function normalizeName(name: string): string {
  if (!name.endsWith('_event')) return name;
  const stripped = name.slice(0, -'_event'.length);
  const alias = grpcAliases.get(stripped) ?? stripped;
  return known.has(alias) ? alias : name;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Every name an event may come under, and names that only look like one.
const names = [
  ...boostedEventNames,
  ...boostedEventNames.map((name) => `${name}_event`),
  'work_in_progress_event',
  'work_in_progress',
  'mystery_event',
  'message_chunk_event_event',
  '_event',
];
const key = fc.constantFrom(...names, 'final_chunk', 'message_metadata', 'type', 'event', 'text', '__proto__');
const field = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 3 }), fc.boolean(), fc.record({ message: fc.string({ maxLength: 3 }) }));
const data = fc.oneof(
  { arbitrary: fc.dictionary(key, field, { maxKeys: 3 }).map((object) => JSON.stringify(object)), weight: 6 },
  { arbitrary: fc.constantFrom('', ' ', '[DONE]', ' [DONE]\n', 'not json', '[1]', '"text"', 'null', '\u00a0{"message_chunk": "a"}\u00a0'), weight: 1 },
);
const message = fc.record({ event: fc.constantFrom<string | undefined>(undefined, '', 'message', 'message_chunk', 'message_chunk_event', 'mystery'), data });

describe('readBoostedFrame', () => {
  it('reads any frame as the reader it replaced did', () => {
    fc.assert(
      fc.property(message, (each) => {
        expect(readBoostedFrame(each)).toEqual(referenceReadBoostedFrame(each));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a one-key frame by its own keys, whatever the prototype enumerates', () => {
    Object.defineProperty(Object.prototype, 'inherited', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      for (const data of ['{}', '{"type": "task_status"}', '{"message_chunk": "a"}', '{"mystery": 1}']) expect(readBoostedFrame({ data })).toEqual(referenceReadBoostedFrame({ data }));
    } finally {
      delete (Object.prototype as Record<string, unknown>).inherited;
    }
  });

  it('names an event by its own name under any of its wire names, and tells gRPC names apart', () => {
    expect(readBoostedFrame({ data: '{"message_chunk": {"message": "Hi"}}' })).toMatchObject({ name: 'message_chunk', grpc: false });
    expect(readBoostedFrame({ data: '{"message_chunk_event": {"message": "Hi"}}' })).toMatchObject({ name: 'message_chunk', grpc: true });
    expect(readBoostedFrame({ data: '{"work_in_progress_event": {"log": "Reading"}}' })).toMatchObject({ name: 'message_work_in_progress', grpc: true });
    expect(readBoostedFrame({ data: '{"mystery_event": {}}' })).toMatchObject({ name: 'mystery_event', grpc: false });
  });
});

import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createDecoder, createSseReader, createThreadState, reduceThreadEvents, supportedDialects } from '@threadline/headless';
import type { DialectName, SseMessage, ThreadState } from '@threadline/headless';
import { readBoostedFrame } from '../src/dialects/boosted/readBoostedFrame';
import { readFixture } from './readFixture';

// Every transcript of every dialect is replayed with the payload keys that reach a prototype
// when code copies wire objects by assignment (`target[key] = value`) or looks wire strings up in
// a plain object (`table[type]`). The transcripts cover each decoder's merges: widget updates,
// tool-call arguments, Assistants deltas, ChatKit item updates, citations and metadata.

const hostileKeys = ['__proto__', 'constructor', 'prototype'] as const;
const hostileWords = [...hostileKeys, 'toString', 'hasOwnProperty'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function messagesOf(dialect: DialectName, name: string): SseMessage[] {
  const messages: SseMessage[] = [];
  const reader = createSseReader({ onMessage: (message) => messages.push(message) });
  reader.push(readFixture(`${dialect}/${name}`));
  reader.end();
  return messages;
}

function fixturesOf(dialect: DialectName): string[] {
  return readdirSync(new URL(`./fixtures/${dialect}/`, import.meta.url)).filter((name) => name.endsWith('.sse'));
}

function parse(data: string): Json | undefined {
  try {
    return JSON.parse(data) as Json;
  } catch {
    return undefined;
  }
}

// Defined, not assigned: assigning `__proto__` would set the prototype instead of adding the key.
function withOwnKey(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every object in `value`, at any depth, with the hostile keys added beside its own. */
function withHostileKeys(value: Json, hostile: (key: string) => Json): Json {
  if (Array.isArray(value)) return value.map((entry) => withHostileKeys(entry, hostile));
  if (value === null || typeof value !== 'object') return value;
  const copy: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) withOwnKey(copy, key, withHostileKeys(inner, hostile));
  for (const key of hostileKeys) withOwnKey(copy, key, hostile(key));
  return copy;
}

/** `value` with every string under `field`, at any depth, replaced by `word`. */
function withStringsAt(value: Json, field: string, word: string): Json {
  if (Array.isArray(value)) return value.map((entry) => withStringsAt(entry, field, word));
  if (value === null || typeof value !== 'object') return value;
  const copy: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) withOwnKey(copy, key, key === field && typeof inner === 'string' ? word : withStringsAt(inner, field, word));
  return copy;
}

function mapData(messages: readonly SseMessage[], change: (json: Json) => Json): SseMessage[] {
  return messages.map((message) => {
    const json = parse(message.data);
    return json === undefined ? message : { ...message, data: JSON.stringify(change(json)) };
  });
}

function stringFields(messages: readonly SseMessage[]): string[] {
  const fields = new Set<string>();
  const visit = (value: Json | undefined) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string') fields.add(key);
        visit(inner);
      }
    }
  };
  for (const message of messages) visit(parse(message.data));
  return [...fields];
}

function replay(dialect: DialectName, messages: readonly SseMessage[]): ThreadState {
  const decoder = createDecoder(dialect, { onWarning: () => undefined });
  const events = messages.flatMap((message) => decoder.decode(message));
  events.push(...decoder.finish());
  return reduceThreadEvents(createThreadState({ dialect }), events);
}

/** The paths in `state` holding a function, or an object whose prototype is not Object's or Array's. */
function foreignValues(state: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'function') {
      found.push(`${path} is a function`);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== Array.prototype) found.push(`${path} has a foreign prototype`);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) visit(descriptor.value, `${path}.${String(key)}`);
    }
  };
  visit(state, 'state');
  return found;
}

const pristine = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
};

function expectPrototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(pristine.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(pristine.array);
  expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(pristine.function);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
}

afterEach(() => {
  // A failure above must not leave the pollution behind for the next test.
  for (const target of [Object.prototype, Array.prototype, Function.prototype]) delete (target as { polluted?: unknown }).polluted;
});

describe.each(supportedDialects)('%s payloads with prototype keys', (dialect) => {
  const fixtures = fixturesOf(dialect);

  it('has transcripts to replay', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s: __proto__, constructor and prototype objects beside every field reach no prototype', (name) => {
    const messages = mapData(messagesOf(dialect, name), (json) =>
      withHostileKeys(json, (key): Json => (key === 'constructor' ? { prototype: { polluted: 'constructor' } } : { polluted: key })),
    );
    const state = replay(dialect, messages);
    expectPrototypesUntouched();
    expect(foreignValues(state)).toEqual([]);
  });

  it.each(fixtures)('%s: __proto__, constructor and prototype set to null beside every field change no prototype', (name) => {
    const state = replay(dialect, mapData(messagesOf(dialect, name), (json) => withHostileKeys(json, () => null)));
    expectPrototypesUntouched();
    expect(foreignValues(state)).toEqual([]);
  });

  it.each(fixtures)('%s: prototype names as the values of ids, types and names look up nothing inherited', (name) => {
    const messages = messagesOf(dialect, name);
    const failures: string[] = [];
    for (const field of stringFields(messages)) {
      for (const word of hostileWords) {
        const state = replay(dialect, mapData(messages, (json) => withStringsAt(json, field, word)));
        failures.push(...foreignValues(state).map((path) => `${field}=${word}: ${path}`));
      }
    }
    expectPrototypesUntouched();
    expect(failures).toEqual([]);
  });

  it.each(fixtures)('%s: prototype names as event names look up nothing inherited', (name) => {
    const messages = messagesOf(dialect, name);
    for (const word of hostileWords) {
      const state = replay(
        dialect,
        messages.map((message) => ({ ...message, event: word })),
      );
      expect(foreignValues(state)).toEqual([]);
    }
    expectPrototypesUntouched();
  });
});

describe('readBoostedFrame', () => {
  it.each(hostileWords)('keeps the payload of an event named %s instead of reading an inherited member', (word) => {
    expect(readBoostedFrame({ event: word, data: '{"text":"hello"}' })).toEqual({ kind: 'event', name: word, payload: { text: 'hello' }, siblings: {}, grpc: false });
  });
});

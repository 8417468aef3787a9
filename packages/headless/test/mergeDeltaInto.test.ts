import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulateDelta } from '@threadline/headless';
import { mergeDeltaInto } from '../src/dialects/assistants/mergeDeltaInto';

type Json = Record<string, unknown>;

// Deltas shaped like the wire's: indexed entries (merged by index), nested objects, strings and numbers.
const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null));
const entry = fc.record(
  { index: fc.nat(2), type: fc.constantFrom('text', 'image_file'), text: fc.record({ value: fc.string({ maxLength: 3 }), annotations: fc.array(fc.record({ index: fc.nat(1), type: fc.constant('file_citation') }), { maxLength: 2 }) }, { requiredKeys: [] }) },
  { requiredKeys: ['index'] },
);
const delta: fc.Arbitrary<Json> = fc.record(
  { content: fc.array(entry, { maxLength: 3 }), role: fc.constantFrom('assistant', 'user'), count: leaf, flag: leaf, extra: fc.jsonValue({ maxDepth: 2 }) },
  { requiredKeys: [] },
);

describe('mergeDeltaInto', () => {
  it('leaves the snapshot exactly as accumulateDelta would make it, delta after delta', () => {
    fc.assert(
      fc.property(fc.array(delta, { maxLength: 8 }), (deltas) => {
        let expected: Json = {};
        const snapshot: Json = {};
        for (const each of deltas) {
          expected = accumulateDelta(expected, each);
          mergeDeltaInto(snapshot, each);
          expect(snapshot).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never changes a delta, even one whose objects the snapshot took in and later merged into', () => {
    const first = JSON.parse('{"content":[{"index":0,"type":"text","text":{"value":"Hel","annotations":[]}}],"usage":{"tokens":1}}') as Json;
    const frozen = JSON.stringify(first);
    const snapshot: Json = {};
    mergeDeltaInto(snapshot, first);
    mergeDeltaInto(snapshot, { content: [{ index: 0, type: 'text', text: { value: 'lo', annotations: [{ index: 0, type: 'file_citation' }] } }], usage: { tokens: 2 } });
    expect(JSON.stringify(first)).toBe(frozen);
    expect(snapshot).toEqual({ content: [{ index: 0, type: 'text', text: { value: 'Hello', annotations: [{ index: 0, type: 'file_citation' }] } }], usage: { tokens: 3 } });
  });

  it('keeps a nested __proto__ key as a field and never replaces a prototype', () => {
    const snapshot: Json = {};
    mergeDeltaInto(snapshot, JSON.parse('{"__proto__": {"polluted": true}, "nested": {"__proto__": {"polluted": true}, "value": "a"}}') as Json);
    mergeDeltaInto(snapshot, { nested: { value: 'b' } });
    expect(Object.keys(snapshot)).toEqual(['nested']);
    const nested = snapshot.nested as Json;
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(Object.hasOwn(nested, '__proto__')).toBe(true);
    expect(nested.value).toBe('ab');
    expect(({} as Json).polluted).toBeUndefined();
  });
});

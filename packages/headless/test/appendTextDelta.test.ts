import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendTextDelta } from '../src/dialects/assistants/appendTextDelta';
import { mergeDeltaInto } from '../src/dialects/assistants/mergeDeltaInto';

type Json = Record<string, unknown>;

// Content entries near the per-word shape `{index, type, text: {value}}`, and a little off it
// at every level: a missing or odd field, an extra key, a non-string value, annotations.
const value = fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null), fc.integer({ min: 0, max: 2 }));
const text = fc.oneof(
  fc.record({ value }),
  fc.record({ value: fc.string({ maxLength: 3 }), annotations: fc.constant([]) }),
  fc.record({ annotations: fc.constant([]) }),
  fc.string({ maxLength: 2 }),
);
const entry = fc.record(
  {
    index: fc.oneof(fc.nat(2), fc.constant(-0), fc.constant(1.5)),
    type: fc.oneof(fc.constantFrom('text', 'refusal', 'image_file'), fc.constant(7)),
    text,
    extra: fc.string({ maxLength: 2 }),
  },
  { requiredKeys: ['index', 'text'] },
);
// Mostly the per-word shape itself, so that the fast path is taken often.
const word = fc.record({ index: fc.nat(1), type: fc.constant('text'), text: fc.record({ value: fc.string({ maxLength: 3 }) }) });
const delta: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.record({ content: fc.tuple(word) }), weight: 4 },
  { arbitrary: fc.record({ content: fc.tuple(entry) }), weight: 2 },
  { arbitrary: fc.record({ content: fc.array(entry, { maxLength: 2 }), role: fc.constant('assistant') }, { requiredKeys: [] }), weight: 1 },
);

describe('appendTextDelta', () => {
  it('changes the snapshot exactly as mergeDeltaInto would when it takes a delta, and not at all when it does not', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(delta, { maxLength: 10 }), (deltas) => {
        const snapshot: Json = { content: [] };
        const expected: Json = { content: [] };
        for (const each of deltas) {
          const before = structuredClone(snapshot);
          const took = appendTextDelta(snapshot, each);
          if (took) taken += 1;
          else expect(snapshot).toEqual(before);
          if (!took) mergeDeltaInto(snapshot, each);
          mergeDeltaInto(expected, each);
          expect(snapshot).toEqual(expected);
          expect(JSON.stringify(snapshot)).toBe(JSON.stringify(expected));
        }
      }),
      { numRuns: 1000 },
    );
    // The shapes above reach the fast path often enough for the comparison to mean something.
    expect(taken).toBeGreaterThan(500);
  });

  it('takes the delta a message streams per word', () => {
    const snapshot: Json = { content: [{ index: 0, type: 'text', text: { value: 'Hel', annotations: [] } }] };
    expect(appendTextDelta(snapshot, { content: [{ index: 0, type: 'text', text: { value: 'lo' } }] })).toBe(true);
    expect(snapshot).toEqual({ content: [{ index: 0, type: 'text', text: { value: 'Hello', annotations: [] } }] });
  });

  it('leaves annotations, new parts and other keys to the generic merge', () => {
    const snapshot: Json = { content: [{ index: 0, type: 'text', text: { value: 'a', annotations: [] } }] };
    expect(appendTextDelta(snapshot, { content: [{ index: 0, type: 'text', text: { value: 'b', annotations: [{ index: 0 }] } }] })).toBe(false);
    expect(appendTextDelta(snapshot, { content: [{ index: 1, type: 'text', text: { value: 'b' } }] })).toBe(false);
    expect(appendTextDelta(snapshot, { content: [{ index: 0, type: 'text', text: { value: 'b' } }], role: 'assistant' })).toBe(false);
    expect(snapshot).toEqual({ content: [{ index: 0, type: 'text', text: { value: 'a', annotations: [] } }] });
  });
});

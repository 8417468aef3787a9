import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulateDelta } from '@threadline/headless';

describe('accumulateDelta', () => {
  it('concatenates strings, adds numbers and merges objects recursively', () => {
    const snapshot = { text: { value: 'Hel', annotations: [] }, usage: { total_tokens: 3 } };
    expect(accumulateDelta(snapshot, { text: { value: 'lo' }, usage: { total_tokens: 4 } })).toEqual({
      text: { value: 'Hello', annotations: [] },
      usage: { total_tokens: 7 },
    });
  });

  it('overwrites index and type instead of accumulating them', () => {
    expect(accumulateDelta({ index: 1, type: 'text' }, { index: 1, type: 'refusal' })).toEqual({ index: 1, type: 'refusal' });
  });

  it('replaces a null accumulated value and adds missing keys', () => {
    expect(accumulateDelta({ output: null }, { output: 'sunny', id: 'call_1' })).toEqual({ output: 'sunny', id: 'call_1' });
  });

  it('merges lists of objects by their index field, appending new indexes, whatever the order', () => {
    const snapshot = { tool_calls: [{ index: 0, id: 'call_a', function: { arguments: '{"a"' } }] };
    const merged = accumulateDelta(snapshot, {
      tool_calls: [
        { index: 1, id: 'call_b', function: { arguments: '{' } },
        { index: 0, function: { arguments: ':1}' } },
      ],
    });
    expect(merged).toEqual({
      tool_calls: [
        { index: 0, id: 'call_a', function: { arguments: '{"a":1}' } },
        { index: 1, id: 'call_b', function: { arguments: '{' } },
      ],
    });
  });

  it('matches entries by their index field, not their position in the list', () => {
    const snapshot = { content: [{ index: 2, type: 'text', text: { value: 'b' } }, { index: 0, type: 'image_file', image_file: { file_id: 'f' } }] };
    const merged = accumulateDelta(snapshot, { content: [{ index: 2, type: 'text', text: { value: 'c' } }] });
    expect(merged.content).toEqual([
      { index: 2, type: 'text', text: { value: 'bc' } },
      { index: 0, type: 'image_file', image_file: { file_id: 'f' } },
    ]);
  });

  it('merges nested indexed lists (annotations inside content, outputs inside tool calls)', () => {
    let snapshot = accumulateDelta({}, { content: [{ index: 0, type: 'text', text: { value: 'cake', annotations: [] } }] });
    snapshot = accumulateDelta(snapshot, {
      content: [{ index: 0, type: 'text', text: { value: '【4:0†a.txt】', annotations: [{ index: 0, type: 'file_citation', start_index: 4, end_index: 15 }] } }],
    });
    snapshot = accumulateDelta(snapshot, { content: [{ index: 0, type: 'text', text: { annotations: [{ index: 0, file_citation: { file_id: 'file-1' } }] } }] });
    expect(snapshot).toEqual({
      content: [
        {
          index: 0,
          type: 'text',
          text: { value: 'cake【4:0†a.txt】', annotations: [{ index: 0, type: 'file_citation', start_index: 4, end_index: 15, file_citation: { file_id: 'file-1' } }] },
        },
      ],
    });
  });

  it('folds two entries with the same index in a first delta together, as openai-python does', () => {
    expect(accumulateDelta({}, { outputs: [{ index: 0, logs: 'a' }, { index: 0, logs: 'b' }] })).toEqual({ outputs: [{ index: 0, logs: 'ab' }] });
  });

  it('extends lists of primitives and appends entries without an index', () => {
    expect(accumulateDelta({ ids: ['a'], parts: [{ name: 'x' }] }, { ids: ['b'], parts: [{ name: 'y' }] })).toEqual({
      ids: ['a', 'b'],
      parts: [{ name: 'x' }, { name: 'y' }],
    });
  });

  it('keeps the accumulated value when the delta has another type, and replaces booleans', () => {
    expect(accumulateDelta({ value: 'text', count: 2, flag: true }, { value: 5, count: 'x', flag: false })).toEqual({ value: 'text', count: 2, flag: false });
  });

  it('returns a new snapshot without changing its arguments, sharing untouched branches', () => {
    const untouched = { deep: { value: 'x' } };
    const snapshot = { untouched, text: { value: 'a' }, list: [{ index: 0, value: 'a' }] };
    const delta = { text: { value: 'b' }, list: [{ index: 0, value: 'b' }] };
    const before = structuredClone({ snapshot, delta });
    const merged = accumulateDelta(snapshot, delta);
    expect({ snapshot, delta }).toEqual(before);
    expect(merged.untouched).toBe(untouched);
    expect(merged).toEqual({ untouched, text: { value: 'ab' }, list: [{ index: 0, value: 'ab' }] });
  });

  it('ignores a __proto__ key rather than replacing the prototype', () => {
    const merged = accumulateDelta({}, JSON.parse('{"__proto__": {"polluted": true}, "value": "ok"}') as Record<string, unknown>);
    expect(merged).toEqual({ value: 'ok' });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accumulates recorded tool call deltas to the arguments the run then requires', () => {
    const deltas = [
      { index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '', output: null } },
      { index: 0, type: 'function', function: { arguments: '{"ci' } },
      { index: 1, id: 'call_b', type: 'function', function: { name: 'get_weather', arguments: '', output: null } },
      { index: 0, type: 'function', function: { arguments: 'ty":"Paris"}' } },
      { index: 1, type: 'function', function: { arguments: '{"city":"Zürich"}' } },
    ];
    let snapshot: Record<string, unknown> = { step_details: { type: 'tool_calls', tool_calls: [] } };
    for (const call of deltas) snapshot = accumulateDelta(snapshot, { step_details: { type: 'tool_calls', tool_calls: [call] } });
    expect(snapshot).toEqual({
      step_details: {
        type: 'tool_calls',
        tool_calls: [
          { index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}', output: null } },
          { index: 1, id: 'call_b', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Zürich"}', output: null } },
        ],
      },
    });
  });

  it('never throws, whatever JSON it is given', () => {
    const object = fc.dictionary(fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(object, object, (snapshot, delta) => {
        expect(() => accumulateDelta(snapshot, delta)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChatKitItemUpdate } from '../src/dialects/chatkit/applyChatKitItemUpdate';
import { createChatKitPendingItems } from '../src/dialects/chatkit/createChatKitPendingItems';

type Json = Record<string, unknown>;

const message = (): Json => ({ id: 'm', type: 'assistant_message', content: [] });
const textDelta = (index: number, delta: string): Json => ({ type: 'assistant_message.content_part.text_delta', content_index: index, delta });

// A text delta, a read of the item, or another update that reads the item before it applies.
const step = fc.oneof(
  fc.record({ kind: fc.constant('delta' as const), index: fc.integer({ min: 0, max: 2 }), delta: fc.constantFrom('', 'a', ' word', ' 東京', ' 🚀') }),
  fc.record({ kind: fc.constant('read' as const) }),
  fc.record({
    kind: fc.constant('update' as const),
    update: fc.constantFrom<Json>(
      { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: 0, annotation: { type: 'annotation', source: { title: 'a', type: 'url', url: 'https://example.com' } } },
      { type: 'assistant_message.content_part.done', content_index: 1, content: { annotations: [], text: 'done', type: 'output_text' } },
      { type: 'assistant_message.content_part.added', content_index: 2, content: { annotations: [], text: '', type: 'output_text' } },
    ),
  }),
);

describe('ChatKit pending items', () => {
  it('read back the item that applying every update at once would give, with text deltas held back', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const pending = createChatKitPendingItems();
        pending.set('m', message());
        let expected = message();
        for (const each of steps) {
          if (each.kind === 'delta') {
            pending.appendText('m', each.index, each.delta);
            expected = applyChatKitItemUpdate(expected, textDelta(each.index, each.delta));
          } else if (each.kind === 'read') {
            expect(pending.get('m')).toEqual(expected);
          } else {
            const before = pending.get('m') ?? message();
            pending.set('m', applyChatKitItemUpdate(before, each.update));
            expected = applyChatKitItemUpdate(expected, each.update);
          }
        }
        expect(pending.get('m')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('drops the text held for an item that is replaced or removed', () => {
    const pending = createChatKitPendingItems();
    pending.set('m', message());
    pending.appendText('m', 0, 'stale');
    pending.set('m', message());
    expect(pending.get('m')).toEqual(message());
    pending.appendText('m', 0, 'stale');
    pending.delete('m');
    expect(pending.get('m')).toBeUndefined();
    expect(pending.size).toBe(0);
  });

  it('keeps the item as stored, without the held text, for a peek', () => {
    const pending = createChatKitPendingItems();
    pending.set('m', message());
    pending.appendText('m', 0, 'Hi');
    expect(pending.peek('m')).toEqual(message());
    expect(pending.get('m')?.content).toEqual([{ annotations: [], text: 'Hi', type: 'output_text' }]);
  });
});

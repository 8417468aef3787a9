import { describe, expect, it } from 'vitest';
import { createThreadState, reduceThreadEvents, selectItem } from '@threadline/headless';
import type { MessageItem, ThreadEvent, ThreadState } from '@threadline/headless';

function withMessages(ids: string[]): ThreadState {
  const events: ThreadEvent[] = ids.map((id) => ({ type: 'message-start', messageId: id, role: 'assistant' }));
  return reduceThreadEvents(createThreadState(), events);
}

const delta = (messageId: string, text: string): ThreadEvent => ({ type: 'text-delta', messageId, delta: text });

function textOf(state: ThreadState, id: string): string {
  const item = selectItem(state, id) as MessageItem | undefined;
  return item?.parts.map((part) => (part.type === 'text' ? part.text : '')).join('') ?? '';
}

describe('item index across reducer calls', () => {
  it('finds the right items when two threads are reduced in turn', () => {
    let first = withMessages(['a', 'b', 'c']);
    let second = withMessages(['c', 'a']);
    for (const word of ['one ', 'two ', 'three']) {
      first = reduceThreadEvents(first, [delta('a', word)]);
      second = reduceThreadEvents(second, [delta('a', word.toUpperCase())]);
    }
    expect(textOf(first, 'a')).toBe('one two three');
    expect(textOf(second, 'a')).toBe('ONE TWO THREE');
    expect(first.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(second.items.map((item) => item.id)).toEqual(['c', 'a']);
    expect(selectItem(second, 'c')?.id).toBe('c');
  });

  it('finds the right items in a state reduced from again after a later state was reduced', () => {
    const start = withMessages(['a', 'b']);
    const later = reduceThreadEvents(start, [delta('b', 'later')]);
    const latest = reduceThreadEvents(later, [delta('a', 'latest')]);
    const again = reduceThreadEvents(start, [{ type: 'item-remove', itemId: 'a' }, delta('b', 'again')]);
    const fromLater = reduceThreadEvents(later, [delta('b', ' more')]);
    expect(textOf(latest, 'a')).toBe('latest');
    expect(again.items.map((item) => item.id)).toEqual(['b']);
    expect(textOf(again, 'b')).toBe('again');
    expect(textOf(fromLater, 'b')).toBe('later more');
    expect(textOf(later, 'b')).toBe('later');
    expect(selectItem(start, 'b')?.id).toBe('b');
  });
});

import { describe, expect, it } from 'vitest';
import { createThreadState, reduceThreadEvents, reconcileTurnText } from '@threadline/headless';
import type { MessageItem, ThreadEvent } from '@threadline/headless';

function messages(...texts: string[]): MessageItem[] {
  const events: ThreadEvent[] = texts.flatMap((text, index): ThreadEvent[] => [
    { type: 'message-start', messageId: `m${index}`, role: 'assistant' },
    { type: 'text-delta', messageId: `m${index}`, delta: text },
    { type: 'message-end', messageId: `m${index}`, status: 'complete' },
  ]);
  return reduceThreadEvents(createThreadState({ id: 't' }), events).items as MessageItem[];
}

const replaced = (events: ThreadEvent[]) => events.map((event) => (event.type === 'message-end' ? [event.messageId, event.parts?.[0]?.type === 'text' ? event.parts[0].text : null] : event.type));

describe('reconcileTurnText', () => {
  it('changes nothing when the streamed text is what the server stored', () => {
    expect(reconcileTurnText(messages('Looking. ', 'Found three tickets.'), 'Looking. Found three tickets.')).toEqual([]);
  });

  it('repairs only the message that went wrong: repeated, swapped or corrupted words', () => {
    expect(replaced(reconcileTurnText(messages('Looking. ', 'Found three three tickets.'), 'Looking. Found three tickets.'))).toEqual([['m1', 'Found three tickets.']]);
    expect(replaced(reconcileTurnText(messages('Looking ahead. ', 'Found tickets new.'), 'Looking ahead. Found new tickets.'))).toEqual([['m1', 'Found new tickets.']]);
    expect(replaced(reconcileTurnText(messages('Lo\uFFFD(king. ', 'Found.'), 'Looking. Found.'))).toEqual([['m0', 'Looking. ']]);
  });

  it('gives the last message the words it lost at its end', () => {
    expect(replaced(reconcileTurnText(messages('One. ', 'Two'), 'One. Two three.'))).toEqual([['m1', 'Two three.']]);
  });
});

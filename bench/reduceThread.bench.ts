import { bench, describe } from 'vitest';
import { createThreadState, reduceThread, reduceThreadEvents } from '@threadline/headless';
import type { ThreadEvent, ThreadState } from '@threadline/headless';

// The goal: the cost of one streamed frame must not grow with the thread.

function threadWithEarlierMessages(count: number): ThreadState {
  const events: ThreadEvent[] = [{ type: 'run-start' }];
  for (let index = 0; index < count; index += 1) {
    const messageId = `message-${index}`;
    events.push(
      { type: 'message-start', messageId, role: index % 2 === 0 ? 'user' : 'assistant' },
      { type: 'text-delta', messageId, delta: `Earlier message ${index}: revenue grew **66%** year over year.` },
      { type: 'message-end', messageId, status: 'complete' },
    );
  }
  events.push({ type: 'message-start', messageId: 'streaming', role: 'assistant' }, { type: 'text-delta', messageId: 'streaming', delta: 'The answer' });
  return reduceThreadEvents(createThreadState({ id: 'bench' }), events);
}

const sizes = [0, 100, 1_000];
const delta: ThreadEvent = { type: 'text-delta', messageId: 'streaming', delta: ' grows' };
const frame: ThreadEvent[] = Array.from({ length: 16 }, () => delta);

// Each call starts from the same state, so every sample is one delta on a thread of the given size.
describe('reducer: one text-delta', () => {
  for (const size of sizes) {
    const state = threadWithEarlierMessages(size);
    bench(`${size} earlier messages`, () => {
      reduceThread(state, delta);
    });
  }
});

describe('reducer: frame of 16 text-deltas', () => {
  for (const size of sizes) {
    const state = threadWithEarlierMessages(size);
    bench(`${size} earlier messages`, () => {
      reduceThreadEvents(state, frame);
    });
  }
});

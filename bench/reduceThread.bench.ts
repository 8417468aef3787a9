import { bench, describe } from 'vitest';
import { reduceThread, reduceThreadEvents } from '@threadline/headless';
import type { ThreadEvent } from '@threadline/headless';
import { threadWithEarlierMessages } from './threadWithEarlierMessages';

// The goal: the cost of one streamed frame must not grow with the thread.

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

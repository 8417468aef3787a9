// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { bench, describe } from 'vitest';
import { reduceThread, selectItems } from '@threadline/headless';
import type { ThreadEvent, ThreadState } from '@threadline/headless';
import { Thread } from '@threadline/ui';
import { threadWithEarlierMessages } from './threadWithEarlierMessages';

// One streamed frame end to end: a text-delta through the reducer, then React committing
// `Thread.Messages` in jsdom, while the last message streams.

function ThreadView({ state }: { state: ThreadState }) {
  return (
    <Thread.Root threadId="bench" items={selectItems(state)} status={state.status}>
      <Thread.Messages />
    </Thread.Root>
  );
}

const delta: ThreadEvent = { type: 'text-delta', messageId: 'streaming', delta: ' grows' };

describe('Thread.Messages: one frame (delta, reduce, commit)', () => {
  const threads = [
    { name: '0 earlier messages', count: 0, roles: 'alternating' },
    { name: '1,000 earlier messages', count: 1_000, roles: 'alternating' },
    { name: "1,000 earlier messages, all the agent's (one turn)", count: 1_000, roles: 'assistant' },
  ] as const;
  for (const { name, count, roles } of threads) {
    let state = threadWithEarlierMessages(count, { roles });
    let rerender: ((element: ReactNode) => void) | null = null;
    bench(
      name,
      () => {
        state = reduceThread(state, delta);
        rerender?.(<ThreadView state={state} />);
      },
      {
        time: 1_000,
        setup: () => {
          // render() commits synchronously inside act(), so each sample ends at the commit.
          rerender ??= render(<ThreadView state={state} />).rerender;
        },
      },
    );
  }
});

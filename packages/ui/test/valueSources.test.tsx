// @vitest-environment jsdom
import { memo, Profiler } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { reduceThread } from '@threadline/headless';
import type { ThreadEvent, ThreadState } from '@threadline/headless';
import { Message, Thread, useMessageContext, useThreadContext } from '@threadline/ui';
import { threadWithEarlierMessages } from '../../../bench/threadWithEarlierMessages';

afterEach(cleanup);

const delta = (text: string): ThreadEvent => ({ type: 'text-delta', messageId: 'streaming', delta: text });

// How a thread's items reach the parts inside Thread.Root, and a message the parts inside
// Message.Root: every streamed frame is one commit, and readers the frame does not re-render
// still catch up.
describe('Thread.Root items and Message.Root message', () => {
  test('a streamed frame is one commit, and the new text is on screen after it', () => {
    let commits = 0;
    const view = (state: ThreadState) => (
      <Profiler id="thread" onRender={() => (commits += 1)}>
        <Thread.Root threadId="t" items={state.items} status={state.status}>
          <Thread.Empty>Ask something</Thread.Empty>
          <Thread.Announcer />
          <Thread.Messages />
        </Thread.Root>
      </Profiler>
    );
    let state = threadWithEarlierMessages(40);
    const { rerender } = render(view(state));
    commits = 0;
    for (const word of [' one', ' two', ' three']) {
      state = reduceThread(state, delta(word));
      rerender(view(state));
    }
    expect(commits).toBe(3);
    expect(screen.getByText(/The answer one two three/)).toBeTruthy();
  });

  test('a reader behind a memo boundary that the frame does not re-render still reads the new items', async () => {
    const Count = memo(function Count() {
      return <output>{useThreadContext()?.items.length}</output>;
    });
    let state = threadWithEarlierMessages(2);
    const view = (current: ThreadState) => (
      <Thread.Root threadId="t" items={current.items}>
        <Count />
      </Thread.Root>
    );
    const { rerender } = render(view(state));
    expect(screen.getByRole('status').textContent).toBe('3');
    state = reduceThread(state, { type: 'message-start', messageId: 'another', role: 'user' });
    await act(async () => rerender(view(state)));
    expect(screen.getByRole('status').textContent).toBe('4');
  });

  test('a reader of the message behind a memo boundary reads each new delta', async () => {
    const Length = memo(function Length() {
      const message = useMessageContext();
      return <output>{message?.parts.map((part) => (part.type === 'text' ? part.text : '')).join('')}</output>;
    });
    let state = threadWithEarlierMessages(0);
    const view = (current: ThreadState) => {
      const message = current.items.at(-1);
      return message?.kind === 'message' ? (
        <Message.Root message={message}>
          <Length />
        </Message.Root>
      ) : null;
    };
    const { rerender } = render(view(state));
    expect(screen.getByRole('status').textContent).toBe('The answer');
    state = reduceThread(state, delta(' grows'));
    await act(async () => rerender(view(state)));
    expect(screen.getByRole('status').textContent).toBe('The answer grows');
  });
});

// @vitest-environment jsdom
import { Profiler, useEffect } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThread, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { MessageItem, ThreadEvent, ThreadState, WidgetItem } from '@threadline/headless';
import { Thread, ThreadMessage } from '@threadline/ui';

afterEach(cleanup);

function apply(state: ThreadState, events: ThreadEvent[]): ThreadState {
  return events.reduce(reduceThread, state);
}

const settledAnswer: ThreadEvent[] = [
  { type: 'run-start' },
  { type: 'message-start', messageId: 'user-1', role: 'user' },
  { type: 'text-delta', messageId: 'user-1', delta: 'How did revenue grow?' },
  { type: 'message-end', messageId: 'user-1', status: 'complete' },
  { type: 'message-start', messageId: 'answer-1', role: 'assistant' },
  { type: 'text-delta', messageId: 'answer-1', delta: 'Revenue grew **66%**.' },
  { type: 'message-end', messageId: 'answer-1', status: 'complete' },
  { type: 'run-end', status: 'complete' },
];

const secondQuestion: ThreadEvent[] = [
  { type: 'message-start', messageId: 'user-2', role: 'user' },
  { type: 'text-delta', messageId: 'user-2', delta: 'And margins?' },
  { type: 'message-end', messageId: 'user-2', status: 'complete' },
  { type: 'run-start' },
  { type: 'message-start', messageId: 'answer-2', role: 'assistant' },
  { type: 'text-delta', messageId: 'answer-2', delta: 'Gross' },
];

const renders = new Map<string, number>();

function CountingMessage({ item }: { item: MessageItem }) {
  renders.set(item.id, (renders.get(item.id) ?? 0) + 1);
  return <ThreadMessage item={item} />;
}

const countingComponents = { message: CountingMessage };

describe('Thread.Messages', () => {
  test('renders items in order with data-role and data-state', () => {
    const state = apply(createThreadState({ id: 't' }), [...settledAnswer, ...secondQuestion]);
    const { container } = render(
      <Thread.Root threadId="t" items={selectItems(state)} status={state.status}>
        <Thread.Messages />
      </Thread.Root>,
    );

    const messages = [...container.querySelectorAll('.tl-message')];
    expect(messages.map((element) => [element.getAttribute('data-role'), element.getAttribute('data-state')])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
      ['user', 'complete'],
      ['assistant', 'streaming'],
    ]);
    expect(messages[1]?.querySelector('strong')?.textContent).toBe('66%');
    expect(container.querySelector('.tl-thread')?.getAttribute('data-state')).toBe('running');
    expect(messages[3]?.querySelector('.tl-caret')).not.toBeNull();
    expect(messages[1]?.querySelector('.tl-caret')).toBeNull();
  });

  test('does not re-render settled messages while another message streams', () => {
    renders.clear();
    let state = apply(createThreadState({ id: 't' }), [...settledAnswer, ...secondQuestion]);
    const view = (current: ThreadState) => (
      <Thread.Root threadId="t" items={selectItems(current)}>
        <Thread.Messages components={countingComponents} />
      </Thread.Root>
    );
    const { rerender, container } = render(view(state));
    expect(Object.fromEntries(renders)).toEqual({ 'user-1': 1, 'answer-1': 1, 'user-2': 1, 'answer-2': 1 });

    for (const delta of [' margin', ' was', ' 73.4%', '.']) {
      state = reduceThread(state, { type: 'text-delta', messageId: 'answer-2', delta });
      rerender(view(state));
    }
    state = apply(state, [{ type: 'message-end', messageId: 'answer-2', status: 'complete' }, { type: 'run-end', status: 'complete' }]);
    rerender(view(state));

    expect(Object.fromEntries(renders)).toEqual({ 'user-1': 1, 'answer-1': 1, 'user-2': 1, 'answer-2': 6 });
    expect(container.querySelectorAll('.tl-message-content')[3]?.textContent).toBe('Gross margin was 73.4%.');
  });

  test('keeps the settled message subtree out of React commits while a delta streams', () => {
    let state = apply(createThreadState({ id: 't' }), [...settledAnswer, ...secondQuestion]);
    const commits: string[] = [];
    function ProfiledMessage({ item }: { item: MessageItem }) {
      return (
        <Profiler id={item.id} onRender={(id) => commits.push(id)}>
          <ThreadMessage item={item} />
        </Profiler>
      );
    }
    const components = { message: ProfiledMessage };
    const { rerender } = render(<Thread.Messages items={selectItems(state)} components={components} />);
    commits.length = 0;

    state = reduceThread(state, { type: 'text-delta', messageId: 'answer-2', delta: ' margin' });
    rerender(<Thread.Messages items={selectItems(state)} components={components} />);

    expect(commits).toEqual(['answer-2']);
  });

  test('renders every item kind through the components map, with defaults for the kinds not given', () => {
    const state = reduceThreadEvents(createThreadState({ id: 't' }), [
      ...settledAnswer.slice(0, 4),
      { type: 'reasoning-start', itemId: 'r1', variant: 'reasoning' },
      { type: 'reasoning-delta', itemId: 'r1', delta: 'Look up both phones.' },
      { type: 'tool-call-start', toolCallId: 'call_1', name: 'web_search' },
      { type: 'workflow-update', itemId: 'wf1', tasks: [{ kind: 'custom', title: 'Planning', content: null, status: 'loading', sources: [] }] },
      { type: 'widget-update', itemId: 'wd1', root: { type: 'Card', children: [{ type: 'Text', value: 'Summary card' }] } },
      ...settledAnswer.slice(4),
    ]);
    const { container, rerender } = render(<Thread.Messages items={selectItems(state)} />);
    expect([...container.querySelectorAll('.tl-thread-group > *')].map((element) => element.className)).toEqual([
      'tl-message',
      'tl-reasoning',
      'tl-tool-call',
      'tl-workflow',
      'tl-widget',
      'tl-message',
    ]);

    const components = { widget: ({ item }: { item: WidgetItem }) => <p className="custom-widget">{item.id}</p> };
    rerender(<Thread.Messages items={selectItems(state)} components={components} />);
    expect(container.querySelector('.custom-widget')?.textContent).toBe('wd1');
    expect(container.querySelector('.tl-workflow')).not.toBeNull();
  });

  test('wraps consecutive items of one side in groups by role', () => {
    const state = reduceThreadEvents(createThreadState({ id: 't' }), [
      ...settledAnswer.slice(0, 4),
      { type: 'reasoning-start', itemId: 'r1', variant: 'reasoning' },
      { type: 'tool-call-start', toolCallId: 'call_1', name: 'web_search' },
      { type: 'workflow-update', itemId: 'wf1', tasks: [] },
      { type: 'widget-update', itemId: 'wd1', root: { type: 'Card', children: [] } },
      ...settledAnswer.slice(4),
      ...secondQuestion,
    ]);
    const { container } = render(<Thread.Messages items={selectItems(state)} />);
    const groups = [...container.querySelectorAll('.tl-thread-messages > .tl-thread-group')];
    expect(groups.map((group) => [group.getAttribute('data-role'), [...group.children].map((child) => child.className)])).toEqual([
      ['user', ['tl-message']],
      ['assistant', ['tl-reasoning', 'tl-tool-call', 'tl-workflow', 'tl-widget', 'tl-message']],
      ['user', ['tl-message']],
      ['assistant', ['tl-message']],
    ]);
  });

  test('renders each settled message once while the last one streams a hundred deltas', () => {
    const counts = new Map<string, number>();
    function Counted({ item }: { item: MessageItem }) {
      counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
      return <ThreadMessage item={item} />;
    }
    const components = { message: Counted };
    let state = apply(createThreadState({ id: 't' }), [...settledAnswer, ...secondQuestion]);
    const view = (current: ThreadState) => (
      <Thread.Root threadId="t" items={selectItems(current)} status={current.status}>
        <Thread.Messages components={components} />
      </Thread.Root>
    );
    const { rerender, container } = render(view(state));
    for (let index = 0; index < 100; index += 1) {
      state = reduceThread(state, { type: 'text-delta', messageId: 'answer-2', delta: ` ${index}` });
      rerender(view(state));
    }

    expect(counts.get('user-1')).toBe(1);
    expect(counts.get('answer-1')).toBe(1);
    expect(counts.get('user-2')).toBe(1);
    expect(counts.get('answer-2')).toBe(101);
    expect(container.querySelectorAll('.tl-message')[3]?.textContent).toMatch(/^Gross 0 1 2 .* 99$/);
  });

  describe('a long thread, in one turn (as a Boosted thread replays its messages: all the agent\'s) or in many', () => {
    // 300 messages, then an assistant message that streams.
    function longThread(roles: 'one turn' | 'alternating' = 'one turn'): ThreadState {
      const events: ThreadEvent[] = [];
      for (let index = 0; index < 300; index += 1) {
        const messageId = `message-${index}`;
        events.push(
          { type: 'message-start', messageId, role: roles === 'alternating' && index % 2 === 0 ? 'user' : 'assistant' },
          { type: 'text-delta', messageId, delta: `Message ${index}.` },
          { type: 'message-end', messageId, status: 'complete' },
        );
      }
      events.push({ type: 'message-start', messageId: 'streaming', role: 'assistant' }, { type: 'text-delta', messageId: 'streaming', delta: 'The' });
      return apply(createThreadState({ id: 't' }), events);
    }

    const mounts = new Map<string, number>();
    function MountCounting({ item }: { item: MessageItem }) {
      useEffect(() => {
        mounts.set(item.id, (mounts.get(item.id) ?? 0) + 1);
      }, [item.id]);
      return <ThreadMessage item={item} />;
    }
    const mountCounting = { message: MountCounting };

    test('renders every message in order, in one group, and only the streaming one again', () => {
      renders.clear();
      let state = longThread();
      const { rerender, container } = render(<Thread.Messages items={selectItems(state)} components={countingComponents} />);
      state = reduceThread(state, { type: 'text-delta', messageId: 'streaming', delta: ' end' });
      rerender(<Thread.Messages items={selectItems(state)} components={countingComponents} />);

      expect(container.querySelectorAll('.tl-thread-group')).toHaveLength(1);
      const texts = [...container.querySelectorAll('.tl-message-content')].map((element) => element.textContent);
      expect(texts).toEqual([...Array.from({ length: 300 }, (_, index) => `Message ${index}.`), 'The end']);
      expect(renders.get('streaming')).toBe(2);
      expect([...renders].filter(([id, count]) => id !== 'streaming' && count !== 1)).toEqual([]);
    });

    test.each(['one turn', 'alternating'] as const)('keeps the messages far from one removed mid-thread mounted (%s)', (roles) => {
      mounts.clear();
      const items = selectItems(longThread(roles));
      const { rerender, container } = render(<Thread.Messages items={items} components={mountCounting} />);
      expect(mounts.size).toBe(301);

      rerender(<Thread.Messages items={items.filter((item) => item.id !== 'message-10')} components={mountCounting} />);

      expect(container.querySelectorAll('.tl-message')).toHaveLength(300);
      // Cut into chunks by position, every message after the removed one would move to another
      // chunk and mount again. (Between two user messages, the removed answer joins them into one
      // turn: the second one mounts again in the first's group.)
      const remounted = [...mounts].filter(([, count]) => count > 1).map(([id]) => id);
      expect(remounted.length).toBeLessThan(64);
      expect(remounted.filter((id) => Number(id.slice('message-'.length)) > 100)).toEqual([]);
    });
  });

  test('renders Thread.Empty only while there are no items', () => {
    const { rerender } = render(
      <Thread.Root threadId="t" items={[]}>
        <Thread.Empty>Ask anything</Thread.Empty>
      </Thread.Root>,
    );
    expect(screen.getByText('Ask anything')).toBeTruthy();

    const state = apply(createThreadState({ id: 't' }), settledAnswer);
    rerender(
      <Thread.Root threadId="t" items={selectItems(state)}>
        <Thread.Empty>Ask anything</Thread.Empty>
      </Thread.Root>,
    );
    expect(screen.queryByText('Ask anything')).toBeNull();
  });
});

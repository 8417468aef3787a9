// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThread, reduceThreadEvents, selectItems } from '@threadline/headless';
import type { ThreadEvent, ThreadState } from '@threadline/headless';
import { Thread } from '@threadline/ui';

afterEach(cleanup);

const history: ThreadEvent[] = [
  { type: 'run-start' },
  { type: 'message-start', messageId: 'user-1', role: 'user' },
  { type: 'text-delta', messageId: 'user-1', delta: 'How did revenue grow?' },
  { type: 'message-end', messageId: 'user-1', status: 'complete' },
  { type: 'message-start', messageId: 'answer-1', role: 'assistant' },
  { type: 'text-delta', messageId: 'answer-1', delta: 'Revenue grew 66%.' },
  { type: 'message-end', messageId: 'answer-1', status: 'complete' },
  { type: 'run-end', status: 'complete' },
];

function view(state: ThreadState) {
  return (
    <Thread.Root threadId="t" items={selectItems(state)} status={state.status} error={state.error}>
      <Thread.Announcer />
    </Thread.Root>
  );
}

function polite() {
  return screen.getByRole('status').textContent;
}

describe('Thread.Announcer', () => {
  test('says nothing about the history it finds', () => {
    render(view(reduceThreadEvents(createThreadState({ id: 't' }), history)));
    expect(polite()).toBe('');
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });

  test('says Responding… once a run starts, keeps it through every delta, then reads the finished answer once', () => {
    let state = reduceThreadEvents(createThreadState({ id: 't' }), history);
    const { rerender } = render(view(state));
    state = reduceThreadEvents(state, [
      { type: 'message-start', messageId: 'user-2', role: 'user' },
      { type: 'text-delta', messageId: 'user-2', delta: 'And margins?' },
      { type: 'message-end', messageId: 'user-2', status: 'complete' },
      { type: 'run-start' },
      { type: 'message-start', messageId: 'answer-2', role: 'assistant' },
    ]);
    rerender(view(state));
    expect(polite()).toBe('Responding…');

    const seen = new Set<string | null>();
    for (const delta of ['Gross', ' margin', ' was', ' 73.4%', '.']) {
      state = reduceThread(state, { type: 'text-delta', messageId: 'answer-2', delta });
      rerender(view(state));
      seen.add(polite());
    }
    expect([...seen]).toEqual(['Responding…']);

    state = reduceThreadEvents(state, [
      { type: 'message-end', messageId: 'answer-2', status: 'complete' },
      { type: 'run-end', status: 'complete' },
    ]);
    rerender(view(state));
    expect(polite()).toBe('Gross margin was 73.4%.');
    rerender(view(reduceThread(state, { type: 'thread-update', title: 'Margins' })));
    expect(polite()).toBe('Gross margin was 73.4%.');
  });

  test('puts errors in the assertive region, not the polite one', () => {
    let state = reduceThreadEvents(createThreadState({ id: 't' }), history);
    const { rerender } = render(view(state));
    state = reduceThread(state, { type: 'run-start' });
    rerender(view(state));
    state = reduceThreadEvents(state, [
      { type: 'run-error', error: { kind: 'server', code: null, message: 'The model is overloaded.', retryable: true } },
      { type: 'run-end', status: 'failed' },
    ]);
    rerender(view(state));
    expect(screen.getByRole('alert').textContent).toBe('The model is overloaded.');
    expect(polite()).toBe('Responding…');
  });

  test('says Stopped. when the run is cancelled, and reads new notices', () => {
    let state = reduceThreadEvents(createThreadState({ id: 't' }), history);
    const { rerender } = render(<Thread.Announcer status={state.status} items={selectItems(state)} notices={state.notices} />);
    state = reduceThreadEvents(state, [
      { type: 'run-start' },
      { type: 'message-start', messageId: 'answer-2', role: 'assistant' },
      { type: 'text-delta', messageId: 'answer-2', delta: 'Gross' },
      { type: 'run-end', status: 'cancelled' },
    ]);
    rerender(<Thread.Announcer status={state.status} items={selectItems(state)} notices={state.notices} labels={{ stopped: 'Answer stopped.' }} />);
    expect(polite()).toBe('Answer stopped.');

    state = reduceThread(state, { type: 'notice-add', notice: { level: 'warning', title: 'Heads up', message: 'Quotes are delayed.' } });
    rerender(<Thread.Announcer status={state.status} items={selectItems(state)} notices={state.notices} />);
    expect(polite()).toBe('Heads up: Quotes are delayed.');
  });
});

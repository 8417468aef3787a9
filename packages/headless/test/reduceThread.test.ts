import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createThreadState, reduceThread, reduceThreadEvents, selectRunProgress, toSnapshot } from '@threadline/headless';
import type { Citation, ThreadEvent, ThreadState } from '@threadline/headless';

function reduce(events: ThreadEvent[], state: ThreadState = createThreadState({ dialect: 'boosted' })): ThreadState {
  return events.reduce(reduceThread, state);
}

const citation = (title: string): Citation => ({
  type: 'web',
  start: null,
  end: null,
  id: null,
  title,
  url: null,
  snippet: null,
  highlights: [],
  source: null,
  date: null,
  details: {},
});

describe('reduceThread', () => {
  it('keeps settled messages identical while a delta streams into another', () => {
    const before = reduce([
      { type: 'message-start', messageId: 'a', role: 'user' },
      { type: 'text-delta', messageId: 'a', delta: 'Question' },
      { type: 'message-end', messageId: 'a', status: 'complete' },
      { type: 'message-start', messageId: 'b', role: 'assistant' },
      { type: 'text-delta', messageId: 'b', delta: 'Ans' },
    ]);
    const after = reduceThread(before, { type: 'text-delta', messageId: 'b', delta: 'wer' });
    expect(after.items.a).toBe(before.items.a);
    expect(after.order).toBe(before.order);
    expect(after.progress).toBe(before.progress);
    expect(after.items.b).not.toBe(before.items.b);
    expect(toSnapshot(after).items[1]).toMatchObject({ text: 'Answer', status: 'in_progress' });
  });

  it('does not mutate the state it is given', () => {
    const before = reduce([{ type: 'message-start', messageId: 'b', role: 'assistant' }, { type: 'text-delta', messageId: 'b', delta: 'x' }]);
    const frozen = JSON.stringify(before);
    reduce([{ type: 'text-delta', messageId: 'b', delta: 'y' }, { type: 'run-end', status: 'complete' }, { type: 'item-remove', itemId: 'b' }], before);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('appends text after an artifact part as a new text part', () => {
    const state = reduce([
      { type: 'text-delta', messageId: 'm', delta: 'See:' },
      { type: 'part-add', messageId: 'm', part: { type: 'artifact', artifactId: 't' } },
      { type: 'text-delta', messageId: 'm', delta: 'After' },
    ]);
    expect(state.items.m).toMatchObject({
      role: 'assistant',
      parts: [{ type: 'text', text: 'See:' }, { type: 'artifact', artifactId: 't' }, { type: 'text', text: 'After' }],
    });
  });

  it('ignores a second start of the same message', () => {
    const once = reduce([{ type: 'message-start', messageId: 'm', role: 'assistant' }, { type: 'text-delta', messageId: 'm', delta: 'x' }]);
    expect(reduceThread(once, { type: 'message-start', messageId: 'm', role: 'assistant' })).toBe(once);
  });

  it('replaces streamed parts and citations with the final ones when given, keeps them otherwise', () => {
    const streamed = reduce([
      { type: 'text-delta', messageId: 'm', delta: 'draft' },
      { type: 'citation-add', messageId: 'm', citation: citation('streamed') },
    ]);
    const kept = reduceThread(streamed, { type: 'message-end', messageId: 'm', status: 'complete' });
    expect(kept.items.m).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'draft' }], citations: [{ title: 'streamed' }] });
    const replaced = reduceThread(streamed, { type: 'message-end', messageId: 'm', status: 'complete', parts: [{ type: 'text', text: 'final' }], citations: [citation('final')] });
    expect(replaced.items.m).toMatchObject({ parts: [{ type: 'text', text: 'final' }], citations: [{ title: 'final' }] });
  });

  it.each([
    ['complete', 'complete', 'complete'],
    ['cancelled', 'cancelled', 'cancelled'],
    ['failed', 'incomplete', 'failed'],
    ['expired', 'incomplete', 'failed'],
  ] as const)('closes open items when the run ends %s', (status, messageStatus, toolStatus) => {
    const state = reduce([
      { type: 'run-start', runId: 'r1' },
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'tool-call-start', toolCallId: 't', name: 'search' },
      { type: 'run-end', status },
    ]);
    expect(state.status).toBe(status);
    expect(state.run).toMatchObject({ id: 'r1', status });
    expect(state.items.m).toMatchObject({ status: messageStatus });
    expect(state.items.t).toMatchObject({ status: toolStatus });
  });

  it('keeps an error through the rest of the run and clears it when a new run starts', () => {
    const error = { kind: 'protocol', code: null, message: 'bad frame', retryable: false } as const;
    const failed = reduce([{ type: 'run-start' }, { type: 'run-error', error }, { type: 'text-delta', messageId: 'm', delta: 'x' }, { type: 'run-end', status: 'complete' }]);
    expect(failed.error).toEqual(error);
    expect(failed.status).toBe('complete');
    expect(reduceThread(failed, { type: 'run-start' }).error).toBeNull();
  });

  it('streams tool call arguments and records the result', () => {
    const state = reduce([
      { type: 'tool-call-start', toolCallId: 'call_1', name: 'lookup' },
      { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '{"q":' },
      { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '"x"}' },
      { type: 'tool-call-end', toolCallId: 'call_1' },
      { type: 'tool-result-end', toolCallId: 'call_1', result: '42' },
    ]);
    expect(toSnapshot(state).items).toEqual([{ kind: 'tool_call', id: 'call_1', name: 'lookup', arguments: '{"q":"x"}', result: '42', status: 'complete' }]);
  });

  it('removes an item from the items and the order', () => {
    const state = reduce([{ type: 'message-start', messageId: 'a', role: 'user' }, { type: 'message-start', messageId: 'b', role: 'assistant' }, { type: 'item-remove', itemId: 'a' }]);
    expect(state.order).toEqual(['b']);
    expect(state.items.a).toBeUndefined();
  });

  it('keeps the title and progress log', () => {
    const state = reduce([{ type: 'thread-update', title: 'Q4 review' }, { type: 'progress-add', text: 'one' }, { type: 'progress-add', text: 'two' }]);
    expect(toSnapshot(state)).toMatchObject({ thread: { title: 'Q4 review', status: 'idle' }, progress: [{ text: 'one' }, { text: 'two' }] });
  });

  it('keeps every run\'s progress in the log and knows where the latest run\'s begins', () => {
    const state = reduce([
      { type: 'run-start' },
      { type: 'progress-add', text: 'first run' },
      { type: 'run-end', status: 'complete' },
      { type: 'run-start' },
      { type: 'progress-add', text: 'second run' },
    ]);
    expect(state.progress).toEqual([{ text: 'first run' }, { text: 'second run' }]);
    expect(selectRunProgress(state)).toEqual([{ text: 'second run' }]);
    expect(toSnapshot(state).run).toEqual({ id: null, status: 'running', stopReason: null, usage: null, metrics: null });
  });

  it('gives a batch the same result as applying its events one by one, without touching the input', () => {
    const ids = fc.constantFrom('a', 'b', 'c');
    const event: fc.Arbitrary<ThreadEvent> = fc.oneof(
      fc.record({ type: fc.constant('run-start' as const) }),
      fc.record({ type: fc.constant('run-end' as const), status: fc.constantFrom('complete' as const, 'cancelled' as const, 'failed' as const) }),
      fc.record({ type: fc.constant('message-start' as const), messageId: ids, role: fc.constantFrom('user' as const, 'assistant' as const) }),
      fc.record({ type: fc.constant('text-delta' as const), messageId: ids, delta: fc.string({ maxLength: 3 }) }),
      fc.record({ type: fc.constant('part-add' as const), messageId: ids, part: fc.constant({ type: 'artifact' as const, artifactId: 'x' }) }),
      fc.record({ type: fc.constant('message-end' as const), messageId: ids, status: fc.constant('complete' as const) }),
      fc.record({ type: fc.constant('tool-call-start' as const), toolCallId: ids, name: fc.constant('search') }),
      fc.record({ type: fc.constant('tool-result-end' as const), toolCallId: ids, result: fc.constant('ok') }),
      fc.record({ type: fc.constant('item-remove' as const), itemId: ids }),
      fc.record({ type: fc.constant('progress-add' as const), text: fc.string({ maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.array(event, { maxLength: 12 }), (before, batch) => {
        const start = reduce(before);
        const frozen = JSON.stringify(start);
        const batched = reduceThreadEvents(start, batch);
        expect(batched).toEqual(batch.reduce(reduceThread, start));
        expect(JSON.stringify(start)).toBe(frozen);
        for (const id of start.order) {
          const touched = batch.some((e) => ('messageId' in e && e.messageId === id) || ('toolCallId' in e && e.toolCallId === id) || ('itemId' in e && e.itemId === id) || e.type === 'run-end');
          if (!touched && batched.items[id]) expect(batched.items[id]).toBe(start.items[id]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createThreadState, reduceThread, reduceThreadEvents, selectItem, selectRunProgress, toSnapshot } from '@threadline/headless';
import type { Citation, MessageItem, PendingAction, ThreadEvent, ThreadState } from '@threadline/headless';

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

function selectMessage(state: ThreadState): MessageItem {
  const item = selectItem(state, 'm');
  if (item?.kind !== 'message') throw new Error('Expected message "m".');
  return item;
}

const pendingTools = (toolCallIds: string[]): PendingAction => ({
  kind: 'submit_tool_outputs',
  toolCallIds,
  requestId: null,
  questions: [],
  toolName: null,
  toolInput: null,
});

describe('reduceThread', () => {
  it('fills indexed parts in any order, keeping each part at its index', () => {
    const state = reduce([
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'text-delta', messageId: 'm', partIndex: 1, delta: 'Here ' },
      { type: 'part-add', messageId: 'm', partIndex: 0, part: { type: 'image', fileId: 'file-1' } },
      { type: 'text-delta', messageId: 'm', partIndex: 1, delta: 'it is.' },
      { type: 'text-delta', messageId: 'm', partIndex: 3, delta: 'Later part.' },
    ]);
    const message = toSnapshot(state).items[0];
    expect(message).toMatchObject({
      parts: [{ type: 'image', fileId: 'file-1' }, { type: 'text', text: 'Here it is.' }, { type: 'text', text: '' }, { type: 'text', text: 'Later part.' }],
      text: 'Here it is.Later part.',
    });
  });

  it('pauses the run for a pending action and resumes it when the run goes on', () => {
    const paused = reduce([
      { type: 'run-start', runId: 'run_1', status: 'queued' },
      { type: 'tool-call-start', toolCallId: 'call_1', name: 'weather' },
      { type: 'tool-call-start', toolCallId: 'call_2', name: 'time' },
      { type: 'action-require', action: pendingTools(['call_1']) },
    ]);
    expect(paused.status).toBe('requires_action');
    expect(paused.run?.status).toBe('requires_action');
    expect(paused.pendingAction?.toolCallIds).toEqual(['call_1']);
    expect(selectItem(paused, 'call_1')).toMatchObject({ status: 'requires_action' });
    expect(selectItem(paused, 'call_2')).toMatchObject({ status: 'in_progress' });

    const resumed = reduce([{ type: 'tool-result-end', toolCallId: 'call_2', result: '12:00' }, { type: 'run-update', status: 'running' }], paused);
    expect(resumed.status).toBe('running');
    expect(resumed.pendingAction).toBeNull();
    expect(selectItem(resumed, 'call_1')).toMatchObject({ status: 'in_progress' });
    expect(resumed.run).toMatchObject({ id: 'run_1', status: 'running' });
  });

  it('updates the run without ending it: id, cancel permission, usage', () => {
    const state = reduce([
      { type: 'run-start' },
      { type: 'run-update', runId: '42', canCancel: false, usage: { total_tokens: 7 } },
      { type: 'run-update', status: 'cancelling' },
    ]);
    expect(state.status).toBe('cancelling');
    expect(state.run).toMatchObject({ id: '42', canCancel: false, usage: { total_tokens: 7 }, status: 'cancelling' });
  });

  it('streams tool results and outputs, keeping the streamed result when the end gives none', () => {
    const state = reduce([
      { type: 'tool-call-start', toolCallId: 'ci', name: 'code_interpreter' },
      { type: 'tool-call-delta', toolCallId: 'ci', argumentsDelta: 'print(1)' },
      { type: 'tool-result-delta', toolCallId: 'ci', delta: '1\n' },
      { type: 'tool-output-add', toolCallId: 'ci', part: { type: 'image', fileId: 'file-plot' } },
      { type: 'tool-result-end', toolCallId: 'ci' },
    ]);
    expect(selectItem(state, 'ci')).toEqual({
      kind: 'tool_call',
      id: 'ci',
      name: 'code_interpreter',
      arguments: 'print(1)',
      result: '1\n',
      outputs: [{ type: 'image', fileId: 'file-plot' }],
      status: 'complete',
    });
  });

  it('streams reasoning, workflows and widgets as their own items and closes them when the run ends', () => {
    const state = reduce([
      { type: 'run-start' },
      { type: 'reasoning-start', itemId: 'r', variant: 'thinking' },
      { type: 'reasoning-delta', itemId: 'r', delta: 'Let me ' },
      { type: 'reasoning-delta', itemId: 'r', delta: 'think.' },
      { type: 'workflow-update', itemId: 'w', variant: 'todo', tasks: [{ kind: 'todo', title: 'Read', content: null, status: 'loading', sources: [] }] },
      { type: 'workflow-update', itemId: 'w', summary: 'Read the filing' },
      { type: 'widget-update', itemId: 'card', root: { type: 'Card', children: [{ type: 'Text', id: 't', value: 'Hi' }] } },
      { type: 'run-end', status: 'complete' },
    ]);
    expect(state.items.map((item) => item.id)).toEqual(['r', 'w', 'card']);
    expect(selectItem(state, 'r')).toEqual({ kind: 'reasoning', id: 'r', variant: 'thinking', text: 'Let me think.', status: 'complete' });
    expect(selectItem(state, 'w')).toMatchObject({ variant: 'todo', summary: 'Read the filing', status: 'complete', tasks: [{ title: 'Read' }] });
    expect(selectItem(state, 'card')).toMatchObject({ kind: 'widget', status: 'complete', root: { type: 'Card' } });
  });

  it('leaves an item of another kind alone when an event names its id', () => {
    const start = reduce([{ type: 'message-start', messageId: 'x', role: 'assistant' }]);
    const state = reduce([{ type: 'reasoning-delta', itemId: 'x', delta: 'no' }, { type: 'workflow-update', itemId: 'x', summary: 'no' }], start);
    expect(state).toBe(start);
  });

  it('takes the server id of a thread and keeps its notices', () => {
    const state = reduce([
      { type: 'thread-update', id: 'thr_1' },
      { type: 'notice-add', notice: { level: 'warning', message: 'Slow today', title: null } },
      { type: 'client-effect', name: 'confetti', data: {} },
    ]);
    expect(toSnapshot(state)).toMatchObject({ thread: { id: 'thr_1' }, notices: [{ level: 'warning', message: 'Slow today', title: null }] });
  });

  it('keeps settled messages identical while a delta streams into another', () => {
    const before = reduce([
      { type: 'message-start', messageId: 'a', role: 'user' },
      { type: 'text-delta', messageId: 'a', delta: 'Question' },
      { type: 'message-end', messageId: 'a', status: 'complete' },
      { type: 'message-start', messageId: 'b', role: 'assistant' },
      { type: 'text-delta', messageId: 'b', delta: 'Ans' },
    ]);
    const after = reduceThread(before, { type: 'text-delta', messageId: 'b', delta: 'wer' });
    expect(selectItem(after, 'a')).toBe(selectItem(before, 'a'));
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    expect(after.progress).toBe(before.progress);
    expect(selectItem(after, 'b')).not.toBe(selectItem(before, 'b'));
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
    expect(selectItem(state, 'm')).toMatchObject({
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
    expect(selectItem(kept, 'm')).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'draft' }], citations: [{ title: 'streamed' }] });
    const replaced = reduceThread(streamed, { type: 'message-end', messageId: 'm', status: 'complete', parts: [{ type: 'text', text: 'final' }], citations: [citation('final')] });
    expect(selectItem(replaced, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'final' }], citations: [{ title: 'final' }] });
  });

  it.each([
    ['complete', 'complete', 'complete'],
    ['cancelled', 'cancelled', 'cancelled'],
    ['failed', 'error', 'failed'],
    ['incomplete', 'incomplete', 'failed'],
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
    expect(selectItem(state, 'm')).toMatchObject({ status: messageStatus });
    expect(selectItem(state, 't')).toMatchObject({ status: toolStatus });
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
    expect(toSnapshot(state).items).toEqual([{ kind: 'tool_call', id: 'call_1', name: 'lookup', arguments: '{"q":"x"}', result: '42', outputs: [], status: 'complete' }]);
  });

  it('removes an item from the items', () => {
    const state = reduce([{ type: 'message-start', messageId: 'a', role: 'user' }, { type: 'message-start', messageId: 'b', role: 'assistant' }, { type: 'item-remove', itemId: 'a' }]);
    expect(state.items.map((item) => item.id)).toEqual(['b']);
    expect(selectItem(state, 'a')).toBeUndefined();
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
    expect(toSnapshot(state).run).toEqual({ id: null, status: 'running', stopReason: null, usage: null, metrics: null, canCancel: true });
  });

  it('finds every item by id in every state, including states that branched from one another', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd');
    const event: fc.Arbitrary<ThreadEvent> = fc.oneof(
      fc.record({ type: fc.constant('message-start' as const), messageId: ids, role: fc.constant('assistant' as const) }),
      fc.record({ type: fc.constant('text-delta' as const), messageId: ids, delta: fc.constant('x') }),
      fc.record({ type: fc.constant('tool-call-start' as const), toolCallId: ids, name: fc.constant('search') }),
      fc.record({ type: fc.constant('item-remove' as const), itemId: ids }),
    );
    const batches = fc.array(fc.array(event, { maxLength: 4 }), { maxLength: 6 });
    const expectLookups = (state: ThreadState) => {
      for (const id of ['a', 'b', 'c', 'd']) expect(selectItem(state, id)).toBe(state.items.find((item) => item.id === id));
    };
    fc.assert(
      fc.property(batches, batches, (trunk, branch) => {
        const states = [createThreadState()];
        for (const batch of trunk) states.push(reduceThreadEvents(states.at(-1)!, batch));
        // A second history grown from the middle of the first shares its arrays' ancestors.
        const fork = states[Math.floor(states.length / 2)]!;
        const forked = branch.reduce((state, batch) => [...state, reduceThreadEvents(state.at(-1)!, batch)], [fork]);
        for (const state of [...states, ...forked]) expectLookups(state);
      }),
      { numRuns: 300 },
    );
  });

  it('streams a batch of deltas into its own copy of the message, changing no parts array it was given', () => {
    const start = reduce([
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'text-delta', messageId: 'm', delta: 'a' },
    ]);
    const startParts = selectMessage(start).parts;
    const finalParts = [{ type: 'text' as const, text: 'final' }];
    const batch: ThreadEvent[] = [
      { type: 'text-delta', messageId: 'm', delta: 'b' },
      { type: 'text-delta', messageId: 'm', delta: 'c' },
      { type: 'message-end', messageId: 'm', status: 'complete', parts: finalParts },
      { type: 'text-delta', messageId: 'm', delta: 'd' },
      { type: 'text-delta', messageId: 'm', delta: 'e', partIndex: 2 },
    ];
    const batched = reduceThreadEvents(start, batch);
    expect(batched).toEqual(batch.reduce(reduceThread, start));
    expect(selectMessage(batched).parts).toEqual([{ type: 'text', text: 'finald' }, { type: 'text', text: '' }, { type: 'text', text: 'e' }]);
    expect(finalParts).toEqual([{ type: 'text', text: 'final' }]);
    expect(selectMessage(start).parts).toBe(startParts);
    expect(startParts).toEqual([{ type: 'text', text: 'a' }]);
    const next = reduceThreadEvents(batched, [{ type: 'text-delta', messageId: 'm', delta: 'f' }, { type: 'text-delta', messageId: 'm', delta: 'g' }]);
    expect(selectMessage(next).parts[2]).toEqual({ type: 'text', text: 'efg' });
    expect(selectMessage(batched).parts[2]).toEqual({ type: 'text', text: 'e' });
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
      fc.record({ type: fc.constant('text-delta' as const), messageId: ids, delta: fc.string({ maxLength: 3 }), partIndex: fc.nat(3) }),
      fc.record({ type: fc.constant('run-update' as const), status: fc.constantFrom('queued' as const, 'running' as const, 'cancelling' as const) }),
      fc.record({ type: fc.constant('action-require' as const), action: ids.map((id) => pendingTools([id])) }),
      fc.record({ type: fc.constant('tool-result-delta' as const), toolCallId: ids, delta: fc.string({ maxLength: 3 }) }),
      fc.record({ type: fc.constant('reasoning-delta' as const), itemId: ids, delta: fc.string({ maxLength: 3 }) }),
      fc.record({ type: fc.constant('workflow-update' as const), itemId: ids, status: fc.constant('complete' as const) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.array(event, { maxLength: 12 }), (before, batch) => {
        const start = reduce(before);
        const frozen = JSON.stringify(start);
        const batched = reduceThreadEvents(start, batch);
        expect(batched).toEqual(batch.reduce(reduceThread, start));
        expect(JSON.stringify(start)).toBe(frozen);
        for (const { id } of start.items) {
          const touched = batch.some((e) => ('messageId' in e && e.messageId === id) || ('toolCallId' in e && e.toolCallId === id) || ('itemId' in e && e.itemId === id) || e.type === 'run-end' || e.type === 'run-update' || e.type === 'action-require');
          if (!touched && selectItem(batched, id)) expect(selectItem(batched, id)).toBe(selectItem(start, id));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('hostile part indexes', () => {
  it('gives a run of deltas to a far-ahead part index the same result batched as one by one', () => {
    const start = reduceThreadEvents(createThreadState({ id: 't' }), [
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'part-add', messageId: 'm', part: { type: 'artifact', artifactId: 'a' } },
    ]);
    const batch: ThreadEvent[] = [66, 66, 66, 67].map((partIndex, position) => ({ type: 'text-delta', messageId: 'm', delta: `d${position}`, partIndex }));
    const batched = reduceThreadEvents(start, batch);
    expect(batched).toEqual(batch.reduce(reduceThread, start));
    expect((selectItem(batched, 'm') as MessageItem).parts.length).toBeGreaterThan(2);
  });

  it('puts a part named a billion places ahead at the end instead of padding up to it', () => {
    let state = reduceThreadEvents(createThreadState({ id: 't' }), [
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'text-delta', messageId: 'm', delta: 'Hello', partIndex: 0 },
      { type: 'text-delta', messageId: 'm', delta: ' world', partIndex: 1_000_000_000 },
      { type: 'part-add', messageId: 'm', partIndex: 2_000_000_000, part: { type: 'image', fileId: 'file-a' } },
    ]);
    expect(selectItem(state, 'm')).toMatchObject({ parts: [{ type: 'text', text: 'Hello world' }, { type: 'image' }] });
    state = reduceThreadEvents(state, [{ type: 'text-delta', messageId: 'm', delta: '!', partIndex: 3 }]);
    expect(selectItem(state, 'm')).toMatchObject({ parts: [{ text: 'Hello world' }, { type: 'image' }, { type: 'text', text: '' }, { type: 'text', text: '!' }] });
  });
});

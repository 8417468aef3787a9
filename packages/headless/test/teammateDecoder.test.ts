import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createDecoder, replayTranscript, sliceRandomly, toSnapshot } from '@threadline/headless';
import type { ItemSnapshot, MessageSnapshot, ThreadEvent, ThreadSnapshot } from '@threadline/headless';
import { toTeammateRunEndStatus } from '../src/dialects/teammate/toTeammateRunEndStatus';
import { cutAt, readFixture } from './readFixture';

const fixtures = [
  'teammate/plain-documented.sse',
  'teammate/tools-reasoning-todos.sse',
  'teammate/error-then-done.sse',
  'teammate/cancelled.sse',
  'teammate/human-in-the-loop.sse',
  'teammate/terminal-failure.sse',
  'teammate/heartbeats-crlf.sse',
  'teammate/malformed-unknown.sse',
  'teammate/claude-native.sse',
  'teammate/two-turns.sse',
];

function replay(name: string, slices?: Uint8Array[]) {
  const warnings: string[] = [];
  const result = replayTranscript(slices ?? [readFixture(name)], { dialect: 'teammate', onWarning: (warning) => warnings.push(warning) });
  return { snapshot: toSnapshot(result.state), events: result.events, warnings };
}

function snapshotOf(name: string, slices?: Uint8Array[]): ThreadSnapshot {
  return replay(name, slices).snapshot;
}

// The transcript up to (not including) the frame holding the `occurrence`-th `marker`.
function prefixBefore(name: string, marker: string, occurrence = 1): Uint8Array {
  const text = new TextDecoder().decode(readFixture(name));
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) at = text.indexOf(marker, at + 1);
  if (at === -1) throw new Error(`no ${marker} in ${name}`);
  return new TextEncoder().encode(text.slice(0, text.lastIndexOf('data:', at)));
}

function decodeFrames(frames: string[], onWarning: (message: string) => void = () => {}): ThreadEvent[] {
  const decoder = createDecoder('teammate', { onWarning });
  return frames.flatMap((data) => decoder.decode({ data }));
}

function message(item: ItemSnapshot | undefined): MessageSnapshot {
  if (item?.kind !== 'message') throw new Error(`expected a message, got ${item?.kind}`);
  return item;
}

function itemIds(events: readonly ThreadEvent[]): string[] {
  return events.flatMap((event) => {
    if (event.type === 'message-start') return [event.messageId];
    if (event.type === 'reasoning-start') return [event.itemId];
    if (event.type === 'tool-call-start') return [event.toolCallId];
    if (event.type === 'workflow-update') return [event.itemId];
    return [];
  });
}

describe('Teammate decoder on transcripts', () => {
  it('decodes the documented format into one message, with usage from metadata and metrics that arrive after done', () => {
    const { snapshot, warnings } = replay('teammate/plain-documented.sse');
    expect(warnings).toEqual([]);
    expect(snapshot.items).toHaveLength(1);
    expect(message(snapshot.items[0])).toMatchObject({
      id: 'teammate-4817-message-1',
      status: 'complete',
      text: 'Three tickets are open: **Safari login** — high; CSV export — medium; 東京 typo 🚀.',
    });
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.run).toEqual({
      id: '4817',
      status: 'complete',
      stopReason: 'end_turn',
      usage: { input_tokens: 120, output_tokens: 0 },
      metrics: { executionTimeMs: 6210, inputTokens: 3874, outputTokens: 142, costUsd: 0.0137, stopReason: 'end_turn', sandboxExecutionTimeMs: 5120 },
      canCancel: true,
    });
    expect(snapshot.progress).toEqual([{ text: 'Connecting to the sandbox…' }, { text: 'Sandbox ready' }]);
  });

  it('lists items in wire order, starting a new message for text after a tool call or a reasoning block', () => {
    const { snapshot } = replay('teammate/tools-reasoning-todos.sse');
    expect(snapshot.items.map((item) => `${item.kind}:${item.id}`)).toEqual([
      'reasoning:teammate-5001-thinking-1',
      'message:teammate-5001-message-2',
      'tool_call:toolu_search',
      'message:teammate-5001-message-3',
      'reasoning:teammate-5001-plan_1',
      'tool_call:toolu_todo',
      'workflow:teammate-5001-todo-toolu_todo',
      'tool_call:toolu_linear',
      'message:teammate-5001-txt_9',
    ]);
    expect(snapshot.items.filter((item) => item.kind === 'message').map((item) => message(item).text)).toEqual([
      'Checking the inbox.',
      'Two issues. Planning.',
      'Filed SUP-482.',
    ]);
    expect(snapshot.items.filter((item) => item.kind === 'reasoning')).toEqual([
      { kind: 'reasoning', id: 'teammate-5001-thinking-1', variant: 'thinking', text: 'The user wants unread mail. Search first.', status: 'complete' },
      { kind: 'reasoning', id: 'teammate-5001-plan_1', variant: 'plan', text: '1. File bugs\n2. Reply', status: 'complete' },
    ]);
  });

  it('streams tool arguments and results: a result-end without a result keeps the streamed one, an object result becomes JSON', () => {
    const tools = snapshotOf('teammate/tools-reasoning-todos.sse').items.filter((item) => item.kind === 'tool_call');
    expect(tools).toEqual([
      { kind: 'tool_call', id: 'toolu_search', name: 'gmail_search', arguments: '{"query": "is:unread"}', result: 'Found 2: login loop, CSV export', outputs: [], status: 'complete' },
      { kind: 'tool_call', id: 'toolu_todo', name: 'TodoWrite', arguments: '{"todos": []}', result: 'Todos updated.', outputs: [], status: 'complete' },
      { kind: 'tool_call', id: 'toolu_linear', name: 'linear_create_issue', arguments: '{"title": "Login loop"}', result: '{"id":"SUP-482","count":3}', outputs: [], status: 'complete' },
    ]);
  });

  it('keeps one to-do list per TodoWrite call, in progress until every task is completed', () => {
    const name = 'teammate/tools-reasoning-todos.sse';
    const before = snapshotOf(name, [prefixBefore(name, '"todo-update"', 2)]).items.find((item) => item.kind === 'workflow');
    expect(before).toEqual({
      kind: 'workflow',
      id: 'teammate-5001-todo-toolu_todo',
      variant: 'todo',
      tasks: [
        { kind: 'todo', title: 'File Safari bug', content: null, status: 'loading', sources: [] },
        { kind: 'todo', title: 'File CSV bug', content: null, status: 'pending', sources: [] },
        { kind: 'todo', title: 'Reply', content: null, status: 'none', sources: [] },
      ],
      summary: null,
      durationSeconds: null,
      expanded: true,
      status: 'in_progress',
    });
    const after = snapshotOf(name).items.filter((item) => item.kind === 'workflow');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'complete', tasks: [{ status: 'complete' }, { status: 'complete' }, { status: 'complete' }] });
  });

  it('attaches a source-url to the message that streamed last, and records camelCased run metrics', () => {
    const snapshot = snapshotOf('teammate/tools-reasoning-todos.sse');
    expect(message(snapshot.items.at(-1)).citations).toEqual([
      { type: 'url', start: null, end: null, id: 'src_1', title: 'SUP-482', url: 'https://linear.app/acme/issue/SUP-482', snippet: null, highlights: [], source: null, date: null, details: {} },
    ]);
    expect(snapshot.run?.metrics).toEqual({
      executionTimeMs: 23877,
      inputTokens: 18342,
      outputTokens: 611,
      costUsd: 0.0642,
      stopReason: 'end_turn',
      completionState: 'complete',
      unresolvedToolUseIds: [],
    });
  });

  it('fails the run on an error frame, and the [DONE] after it does not turn it complete', () => {
    const { snapshot, events } = replay('teammate/error-then-done.sse');
    expect(snapshot.error).toEqual({ kind: 'server', code: 'rate_limited', message: 'API rate limit exceeded', retryable: true });
    expect(snapshot.thread.status).toBe('failed');
    expect(snapshot.run).toMatchObject({ status: 'failed', stopReason: null });
    expect(snapshot.items.map((item) => item.status)).toEqual(['complete', 'failed']);
    expect(events.filter((event) => event.type === 'run-end')).toEqual([{ type: 'run-end', status: 'failed' }]);
  });

  it('ends the run cancelled on a cancelled frame with no done after it, keeping the partial tool arguments', () => {
    const snapshot = snapshotOf('teammate/cancelled.sse');
    expect(snapshot.thread.status).toBe('cancelled');
    expect(snapshot.items[1]).toMatchObject({ kind: 'tool_call', id: 'toolu_draft', status: 'cancelled', arguments: '{"to": "dana@acme.io"' });
  });

  it('pauses for an AskUserQuestion with its questions and options', () => {
    const name = 'teammate/human-in-the-loop.sse';
    const snapshot = snapshotOf(name, [prefixBefore(name, '"permission_resolved"', 1)]);
    expect(snapshot.thread.status).toBe('requires_action');
    expect(snapshot.pendingAction).toEqual({
      kind: 'question',
      toolCallIds: [],
      requestId: 'req_q1',
      questions: [
        {
          question: 'Which label should I search?',
          header: 'Label',
          options: [
            { label: 'support', description: 'The shared inbox' },
            { label: 'billing (Recommended)', description: 'Invoices' },
          ],
          multiple: false,
        },
      ],
      toolName: 'AskUserQuestion',
      toolInput: expect.objectContaining({ questions: expect.any(Array) }),
    });
    expect(message(snapshot.items[0])).toMatchObject({ text: 'Which label?', status: 'complete' });
  });

  it('pauses for a tool approval, marking the gated tool call', () => {
    const name = 'teammate/human-in-the-loop.sse';
    const snapshot = snapshotOf(name, [prefixBefore(name, '"permission_resolved"', 2)]);
    expect(snapshot.pendingAction).toEqual({
      kind: 'approval',
      toolCallIds: ['toolu_bash'],
      requestId: 'req_a1',
      questions: [],
      toolName: 'Bash',
      toolInput: { command: 'rm -rf build' },
    });
    expect(snapshot.items.find((item) => item.id === 'toolu_bash')?.status).toBe('requires_action');
  });

  it('pauses for a plan approval read from a payload-nested request', () => {
    const name = 'teammate/human-in-the-loop.sse';
    const snapshot = snapshotOf(name, [prefixBefore(name, '"permission_resolved"', 3)]);
    expect(snapshot.pendingAction).toMatchObject({
      kind: 'plan_approval',
      requestId: 'req_p1',
      questions: [{ question: '1. Rebuild\n2. Deploy', header: 'Plan Approval', options: [{ label: 'Approve', description: null }, { label: 'Revise', description: null }], multiple: false }],
    });
  });

  it('resumes after each permission_resolved and reads the text after a pause as a new message', () => {
    const { snapshot, events } = replay('teammate/human-in-the-loop.sse');
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.pendingAction).toBeNull();
    expect(snapshot.items.map((item) => (item.kind === 'message' ? item.text : `${item.kind}:${item.status}`))).toEqual([
      'Which label?',
      'Searching support.',
      'tool_call:complete',
      'Cleaned. Here is my plan.',
      'Approved; deploying.',
    ]);
    expect(events.filter((event) => event.type === 'run-update' && event.status === 'running')).toHaveLength(3);
  });

  it('fails the run on a terminal failure type; a quota failure is not retryable', () => {
    const { snapshot, events } = replay('teammate/terminal-failure.sse');
    expect(snapshot.error).toEqual({ kind: 'server', code: 'SANDBOX_QUOTA_EXHAUSTED', message: 'Sandbox hours used up for this month', retryable: false });
    expect(snapshot.thread.status).toBe('failed');
    expect(snapshot.progress).toEqual([{ text: 'Starting your sandbox' }]);
    expect(events.filter((event) => event.type === 'run-end')).toEqual([{ type: 'run-end', status: 'failed' }]);
  });

  it('reads CRLF lines, comments, keep-alive frames, internal frames and multi-line data silently', () => {
    const { snapshot, warnings } = replay('teammate/heartbeats-crlf.sse');
    expect(warnings).toEqual([]);
    expect(snapshot.error).toBeNull();
    expect(snapshot.items).toHaveLength(1);
    expect(message(snapshot.items[0]).text).toBe('Line one and two, still going.');
    expect(snapshot.notices).toEqual([{ level: 'warning', title: 'Tool server error', message: 'Linear MCP server timed out' }]);
    expect(snapshot.thread.status).toBe('complete');
  });

  it('records a malformed frame as a protocol error, warns about unknown and untyped frames, and goes on', () => {
    const { snapshot, warnings } = replay('teammate/malformed-unknown.sse');
    expect(snapshot.error).toMatchObject({ kind: 'protocol', code: null, retryable: false });
    expect(snapshot.error?.message).toMatch(/^Malformed Teammate frame/);
    expect(warnings).toEqual([
      expect.stringMatching(/^Malformed Teammate frame/),
      'Ignored an unknown Teammate frame "mystery_frame".',
      'Ignored a Teammate frame without a string "type".',
    ]);
    expect(message(snapshot.items[0]).text).toBe('Before after.');
    expect(snapshot.thread.status).toBe('complete');
  });

  it('maps the Claude-native block, message and tool shapes onto the same items', () => {
    const snapshot = snapshotOf('teammate/claude-native.sse');
    expect(snapshot.items.map((item) => `${item.kind}:${item.id}:${item.status}`)).toEqual([
      'reasoning:teammate-5008-thinking-1:complete',
      'message:teammate-5008-msg_01:complete',
      'tool_call:toolu_native:complete',
      'tool_call:toolu_fetch:failed',
      'message:teammate-5008-message-2:complete',
    ]);
    expect(snapshot.items[2]).toMatchObject({ name: 'web_search', arguments: '{"q": "threadline"}', result: '3 results' });
    expect(snapshot.items[3]).toMatchObject({ name: 'fetch', arguments: '{"url":"https://example.com"}', result: '404' });
    expect(message(snapshot.items[1]).text).toBe('Let me check.');
    expect(message(snapshot.items[4]).text).toBe('Nothing found.');
  });

  it('starts a turn on each metadata frame and keeps a block id reused by the next turn apart', () => {
    const { snapshot, events } = replay('teammate/two-turns.sse');
    expect(events.filter((event) => event.type === 'run-start')).toEqual([
      { type: 'run-start', runId: '5009' },
      { type: 'run-start', runId: '5009' },
    ]);
    expect(snapshot.items.map((item) => [item.id, message(item).text])).toEqual([
      ['teammate-5009-txt_1', 'First answer.'],
      ['teammate-5009-txt_1~1', 'Second answer.'],
      ['teammate-5009-message-2', 'Untagged tail.'],
    ]);
    expect(snapshot.run).toMatchObject({ stopReason: 'max_tokens', usage: { input_tokens: 40, output_tokens: 9 } });
  });
});

describe('Teammate decoder across chunk boundaries', () => {
  it.each(fixtures)('gives the same snapshot for %s cut at every byte offset', (name) => {
    const bytes = readFixture(name);
    const whole = snapshotOf(name);
    for (let offset = 0; offset <= bytes.length; offset++) expect(snapshotOf(name, cutAt(bytes, [offset]))).toEqual(whole);
  });

  it.each(fixtures)('gives the same snapshot for %s cut at random boundaries', (name) => {
    const bytes = readFixture(name);
    const whole = snapshotOf(name);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), (offsets) => {
        expect(snapshotOf(name, cutAt(bytes, offsets))).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Teammate decoder ids', () => {
  it.each(fixtures)('gives %s the same item ids in the same order when a fresh decoder replays it (a re-join)', (name) => {
    const first = replay(name);
    const second = replay(name, sliceRandomly(readFixture(name), 7));
    expect(itemIds(second.events)).toEqual(itemIds(first.events));
    expect(second.snapshot.items.map((item) => item.id)).toEqual(first.snapshot.items.map((item) => item.id));
  });

  it('names ids after the run, with "run" before the first metadata, and opens that run without wiping its id', () => {
    const decoder = createDecoder('teammate', { idPrefix: 'conn-' });
    const early = decoder.decode({ data: '{"type":"text-delta","delta":"Hi"}' });
    const metadata = decoder.decode({ data: '{"type":"metadata","payload":{"run_id":12}}' });
    const later = decoder.decode({ data: '{"type":"reasoning-delta","delta":"hm"}' });
    expect(early).toEqual([
      { type: 'run-update', status: 'running' },
      { type: 'message-start', messageId: 'conn-run-message-1', role: 'assistant' },
      { type: 'text-delta', messageId: 'conn-run-message-1', delta: 'Hi' },
    ]);
    expect(metadata).toEqual([{ type: 'run-update', runId: '12' }]);
    expect(later).toEqual([
      { type: 'message-end', messageId: 'conn-run-message-1', status: 'complete' },
      { type: 'reasoning-start', itemId: 'conn-12-reasoning-2', variant: 'reasoning' },
      { type: 'reasoning-delta', itemId: 'conn-12-reasoning-2', delta: 'hm' },
    ]);
  });

  it('routes deltas by block id, so interleaved blocks keep their own text', () => {
    const events = decodeFrames([
      '{"type":"text-start","id":"a"}',
      '{"type":"text-start","id":"b"}',
      '{"type":"text-delta","id":"a","delta":"A1"}',
      '{"type":"text-delta","id":"b","delta":"B1"}',
      '{"type":"text-delta","id":"a","delta":"A2"}',
    ]);
    const deltas = events.flatMap((event) => (event.type === 'text-delta' ? [`${event.messageId}=${event.delta}`] : []));
    expect(deltas).toEqual(['teammate-run-a=A1', 'teammate-run-b=B1', 'teammate-run-a=A2']);
  });
});

describe('Teammate decoder on single frames', () => {
  it('never throws on missing, unknown or wrongly typed fields', () => {
    const frames = [
      '{}', '[]', '42', 'null', '"text"', '{"type":null}', '{"type":{}}', '{"type":["done"]}', '{"type":"toString"}', '{"type":"__proto__"}',
      '{"type":"metadata","payload":"x"}', '{"type":"metadata","payload":{"run_id":{"x":1}}}', '{"type":"text-delta","delta":5}',
      '{"type":"tool-call-delta"}', '{"type":"tool-result-end","result":{"a":[1,2]}}', '{"type":"todo-update","todos":"x"}',
      '{"type":"todo-update","todos":[null,1,{"status":7,"content":3}]}', '{"type":"source-document"}', '{"type":"run_metrics","unresolved_tool_use_ids":[1,"t"]}',
      '{"type":"awaiting_approval","tool_name":"AskUserQuestion","tool_input":{"questions":[null,{"options":[null,3,{"label":{}}]}]}}',
      '{"type":"permission_request","request":7}', '{"type":"permission_resolved","payload":null}', '{"type":"content_block_start"}',
      '{"type":"content_block_start","content_block":{"type":"toString"}}', '{"type":"content_block_delta","delta":null}',
      '{"type":"content_block_stop","id":5}', '{"type":"tool_result","content":{}}', '{"type":"tool_use"}', '{"type":"message_start","message":[]}',
      '{"type":"error","error":{"message":"nested"}}', '{"type":"SANDBOX_UNAVAILABLE","error":null}', '{"type":"done","stop_reason":7}', '[DONE]',
    ];
    const decoder = createDecoder('teammate', { onWarning: () => {} });
    for (const data of frames) expect(Array.isArray(decoder.decode({ data }))).toBe(true);
  });

  it('ignores a frame whose type is not a string, with one warning', () => {
    const onWarning = vi.fn();
    expect(decodeFrames(['{"type":42,"delta":"x"}'], onWarning)).toEqual([]);
    expect(onWarning).toHaveBeenCalledTimes(1);
  });

  it('reads metadata without a payload from its top-level keys', () => {
    expect(decodeFrames(['{"type":"metadata","run_id":77,"usage":{"total_tokens":5}}'])).toEqual([
      { type: 'run-start', runId: '77' },
      { type: 'run-update', usage: { total_tokens: 5 } },
    ]);
  });

  it.each([
    ['rate_limited', undefined, true],
    ['insufficient_credits', undefined, false],
    ['SANDBOX_QUOTA_EXHAUSTED', undefined, false],
    ['server_error', false, false],
    [undefined, undefined, true],
  ])('makes an error frame with code %s (retryable field %s) retryable: %s', (code, retryable, expected) => {
    const frame = JSON.stringify({ type: 'error', error: 'Boom', error_code: code, retryable });
    const events = decodeFrames(['{"type":"metadata","payload":{"run_id":1}}', frame]);
    expect(events.slice(1)).toEqual([
      { type: 'run-error', error: { kind: 'server', code: code ?? null, message: 'Boom', retryable: expected } },
      { type: 'run-end', status: 'failed' },
    ]);
  });

  it.each(['sdk_error', 'AGENT_RUNNER_DIED', 'RUNNER_LIFECYCLE_ERROR', 'SANDBOX_BOOT_TIMEOUT', 'SANDBOX_QUOTA_EXHAUSTED', 'SANDBOX_UNAVAILABLE', 'SNAPSHOT_VERSION_MISMATCH'])(
    'fails the run on %s, reading error, then message, then the type',
    (type) => {
      const run = (extra: object) => decodeFrames(['{"type":"metadata","payload":{"run_id":1}}', JSON.stringify({ type, ...extra })]).slice(1);
      const retryable = type !== 'SANDBOX_QUOTA_EXHAUSTED';
      expect(run({ error: 'E', message: 'M' })).toEqual([
        { type: 'run-error', error: { kind: 'server', code: type, message: 'E', retryable } },
        { type: 'run-end', status: 'failed' },
      ]);
      expect(run({ message: 'M' })[0]).toMatchObject({ error: { message: 'M' } });
      expect(run({})[0]).toMatchObject({ error: { message: type } });
    },
  );

  it.each([
    ['mcp_error', 'Tool server error'],
    ['mcp_auth_failed', 'Tool server sign-in failed'],
    ['rate_limit', 'Rate limited'],
  ])('shows %s as a warning notice without ending the run', (type, title) => {
    const events = decodeFrames(['{"type":"metadata","payload":{"run_id":1}}', JSON.stringify({ type, message: 'Slow down' })]);
    expect(events.slice(1)).toEqual([{ type: 'notice-add', notice: { level: 'warning', title, message: 'Slow down' } }]);
  });

  it.each([
    'keep-alive', 'ping', 'RUNNER_DIAG', 'message_snapshot', 'system_message', 'sdk_init', 'sdk_success', 'sdk_content_snapshot', 'stderr',
    'user_message', 'compact_boundary', 'conversation_reset', 'permission_auto_allowed', 'task_started', 'task_progress', 'tool-result-start',
  ])('passes %s through silently', (type) => {
    const onWarning = vi.fn();
    const decoder = createDecoder('teammate', { onWarning });
    decoder.decode({ data: '{"type":"metadata","payload":{"run_id":1}}' });
    expect(decoder.decode({ data: JSON.stringify({ type, toolCallId: 'toolu_x' }) })).toEqual([]);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('skips Claude SDK init and success payloads by their subtype', () => {
    const onWarning = vi.fn();
    expect(decodeFrames(['{"type":"system","subtype":"init"}', '{"subtype":"success","result":"x"}'], onWarning)).toEqual([]);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('completes a live run on [DONE], but adds nothing after done, cancelled or a failure', () => {
    const metadata = '{"type":"metadata","payload":{"run_id":1}}';
    expect(decodeFrames([metadata, '{"type":"text-delta","delta":"x"}', '[DONE]']).at(-1)).toEqual({ type: 'run-end', status: 'complete' });
    for (const terminal of ['{"type":"done"}', '{"type":"cancelled"}', '{"type":"error","error":"x"}', '{"type":"AGENT_RUNNER_DIED"}']) {
      const decoder = createDecoder('teammate');
      decoder.decode({ data: metadata });
      decoder.decode({ data: terminal });
      expect(decoder.decode({ data: '[DONE]' })).toEqual([]);
      expect(decoder.decode({ data: '{"type":"done"}' })).toEqual([]);
    }
  });

  it.each(['payload', 'request', 'permission', 'data'])('reads a permission request nested under %s', (key) => {
    const request = { request_id: 'req_1', tool_name: 'AskUserQuestion', tool_input: { questions: [{ question: 'Pick', multiple: true, options: ['A'] }] } };
    const events = decodeFrames(['{"type":"metadata","payload":{"run_id":1}}', JSON.stringify({ type: 'awaiting_approval', [key]: request })]);
    expect(events.at(-1)).toEqual({
      type: 'action-require',
      action: { kind: 'question', toolCallIds: [], requestId: 'req_1', questions: [{ question: 'Pick', header: null, options: [{ label: 'A', description: null }], multiple: true }], toolName: 'AskUserQuestion', toolInput: request.tool_input },
    });
  });

  it('queues concurrent requests, keeps a bare awaiting_approval from hiding them, and resumes once all are resolved', () => {
    const decoder = createDecoder('teammate');
    const decode = (frame: object) => decoder.decode({ data: JSON.stringify(frame) });
    decode({ type: 'metadata', payload: { run_id: 1 } });
    decode({ type: 'permission_request', request_id: 'req_1', tool_name: 'Bash', tool_input: { command: 'ls' } });
    decode({ type: 'permission_request', request_id: 'req_2', tool_name: 'Write', tool_input: { path: 'a' } });
    expect(decode({ type: 'awaiting_approval' })).toEqual([]);
    expect(decode({ type: 'permission_resolved', request_id: 'req_2', decision: 'deny' })).toEqual([
      { type: 'action-require', action: expect.objectContaining({ requestId: 'req_1', toolName: 'Bash' }) },
    ]);
    expect(decode({ type: 'permission_resolved', request_id: 'req_1', decision: 'allow' })).toEqual([{ type: 'run-update', status: 'running' }]);
  });

  it('turns a lone permission_request, as a poller feeds it, into a pause without a run-start', () => {
    const events = decodeFrames([JSON.stringify({ type: 'permission_request', request_id: 'req_9', tool_name: 'Write', tool_input: { path: 'a' }, tool_use_id: 'toolu_w', status: 'pending' })]);
    expect(events).toEqual([
      { type: 'run-update', status: 'running' },
      { type: 'action-require', action: { kind: 'approval', toolCallIds: ['toolu_w'], requestId: 'req_9', questions: [], toolName: 'Write', toolInput: { path: 'a' } } },
    ]);
  });

  it('does not reopen a run that ended when a late permission frame arrives', () => {
    const decoder = createDecoder('teammate');
    decoder.decode({ data: '{"type":"metadata","payload":{"run_id":1}}' });
    decoder.decode({ data: '{"type":"cancelled"}' });
    expect(decoder.decode({ data: '{"type":"permission_resolved","request_id":"r"}' })).toEqual([]);
    expect(decoder.decode({ data: '{"type":"permission_request","request_id":"r","tool_name":"Bash"}' })).toEqual([]);
  });

  it('warns through console.warn by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createDecoder('teammate').decode({ data: '{"type":"surprise"}' });
    expect(warn).toHaveBeenCalledWith('[threadline] Ignored an unknown Teammate frame "surprise".');
    warn.mockRestore();
  });

  it.each([
    ['completed', 'complete'],
    ['closed', 'complete'],
    ['failed', 'failed'],
    ['cancelled', 'cancelled'],
    ['running', null],
    ['awaiting_approval', null],
    ['paused', null],
    [undefined, null],
  ])('maps the Run status %s to %s', (status, expected) => {
    expect(toTeammateRunEndStatus(status)).toBe(expected);
  });
});

// Conformance against the reference transcripts in ../shared, when the checkout has them beside it.
const sharedFolder = fileURLToPath(new URL('../../../../shared/protocols/fixtures/teammate/', import.meta.url));
const sharedPresent = existsSync(sharedFolder);
const sharedFiles = sharedPresent ? readdirSync(sharedFolder).filter((name) => name.endsWith('.sse')) : [];

describe('shared Teammate reference transcripts', () => {
  it.skipIf(!sharedPresent).each(sharedFiles)('decodes %s with no warning and no protocol error, the same in random slices', (name) => {
    const bytes = readFileSync(sharedFolder + name);
    const warnings: string[] = [];
    const whole = replayTranscript([bytes], { dialect: 'auto', onWarning: (warning) => warnings.push(warning) });
    expect(whole.dialect).toBe('teammate');
    expect(warnings).toEqual([]);
    expect(whole.events.filter((event) => event.type === 'run-error' && event.error.kind === 'protocol')).toEqual([]);
    for (const seed of [1, 2, 3]) expect(toSnapshot(replayTranscript(sliceRandomly(bytes, seed), { dialect: 'teammate' }).state)).toEqual(toSnapshot(whole.state));
  });

  it.skipIf(!sharedPresent)('ends 01 complete, 02 with its to-do list and results, 03 failed, 04 cancelled', () => {
    const replayShared = (name: string) => toSnapshot(replayTranscript([readFileSync(sharedFolder + name)], { dialect: 'teammate' }).state);
    expect(replayShared('01-plain-text.sse')).toMatchObject({ thread: { status: 'complete' }, run: { id: '4817', stopReason: 'end_turn' }, items: [{ kind: 'message' }] });
    const tools = replayShared('02-tool-calls.sse');
    expect(tools.items.map((item) => item.kind)).toEqual(['message', 'tool_call', 'tool_call', 'workflow', 'tool_call', 'message']);
    expect(tools.items[4]).toMatchObject({ result: '{"id":"SUP-482","url":"https://linear.app/acme/issue/SUP-482"}', status: 'complete' });
    expect(replayShared('03-error.sse')).toMatchObject({ thread: { status: 'failed' }, error: { code: 'rate_limited' } });
    expect(replayShared('04-cancelled.sse')).toMatchObject({ thread: { status: 'cancelled' } });
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayTranscript, toSnapshot } from '@threadline/headless';
import type { ItemSnapshot, MessageSnapshot, ReplayResult, ThreadSnapshot } from '@threadline/headless';
import { cutAt, readFixture } from './readFixture';

const fixtures = [
  'chatkit/plain-answer-notice-title.sse',
  'chatkit/workflow-widget-effect-annotations.sse',
  'chatkit/annotations-on-done-only.sse',
  'chatkit/client-tool-call-pending.sse',
  'chatkit/guardrail-error.sse',
  'chatkit/abrupt-stop.sse',
  'chatkit/malformed-unknown.sse',
  'chatkit/generated-image-question.sse',
  'chatkit/structured-input-answered.sse',
];

interface Replayed extends ReplayResult {
  snapshot: ThreadSnapshot;
  warnings: string[];
}

function replayBytes(slices: Uint8Array[]): Replayed {
  const warnings: string[] = [];
  const result = replayTranscript(slices, { dialect: 'chatkit', onWarning: (warning) => warnings.push(warning) });
  return { ...result, snapshot: toSnapshot(result.state), warnings };
}

function replay(name: string): Replayed {
  return replayBytes([readFixture(name)]);
}

// The transcript up to (not including) the frame that holds the `nth` occurrence of `marker`.
function replayUntil(name: string, marker: string, nth = 1): Replayed {
  const text = new TextDecoder().decode(readFixture(name));
  let at = -1;
  for (let count = 0; count < nth; count++) at = text.indexOf(marker, at + 1);
  if (at === -1) throw new Error(`no "${marker}" in ${name}`);
  const frameStart = text.lastIndexOf('data: ', at);
  return replayBytes([new TextEncoder().encode(text.slice(0, frameStart))]);
}

function item<Kind extends ItemSnapshot['kind']>(snapshot: ThreadSnapshot, id: string, kind: Kind): Extract<ItemSnapshot, { kind: Kind }> {
  const found = snapshot.items.find((entry) => entry.id === id);
  if (found?.kind !== kind) throw new Error(`expected a ${kind} ${id}`);
  return found as Extract<ItemSnapshot, { kind: Kind }>;
}

describe('ChatKit decoder on transcripts', () => {
  it('decodes a plain answer: the user message with its tag, the streamed answer, the notice and the late title', () => {
    const { snapshot, warnings, events } = replay('chatkit/plain-answer-notice-title.sse');
    expect(warnings).toEqual([]);
    expect(snapshot.thread).toEqual({ id: 'thr_5c0e7a21', title: 'Euros to yen', status: 'complete' });
    expect(snapshot.items.map((entry) => [entry.kind, entry.id, entry.status])).toEqual([
      ['message', 'msg_1a2b3c4d', 'complete'],
      ['message', 'msg_9e8d7c6b', 'complete'],
    ]);
    expect(item(snapshot, 'msg_1a2b3c4d', 'message')).toMatchObject({ role: 'user', text: 'How much is €250 in yen (円)?' });
    expect(item(snapshot, 'msg_9e8d7c6b', 'message')).toMatchObject({
      role: 'assistant',
      parts: [{ type: 'text', text: 'At today’s indicative rate, €250 is about ¥40,750 (1 EUR ≈ 163 JPY). Banks add a margin of 1–3 %, so expect a little less — 🚀 fast transfers cost more.' }],
    });
    expect(snapshot.notices).toEqual([{ level: 'warning', message: 'Rates are **indicative** and change during the day.', title: 'Exchange rates' }]);
    expect(snapshot.run).toMatchObject({ status: 'complete', canCancel: true });
    expect(events.filter((event) => event.type === 'run-start')).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: 'run-end', status: 'complete' });
  });

  it('keeps the thread title null until thread.updated sets it', () => {
    const { snapshot } = replayUntil('chatkit/plain-answer-notice-title.sse', '"thread.updated"');
    expect(snapshot.thread).toEqual({ id: 'thr_5c0e7a21', title: null, status: 'complete' });
  });

  it('builds the workflow from added and updated tasks, titled by its query, with sources as citations', () => {
    const { snapshot, warnings } = replay('chatkit/workflow-widget-effect-annotations.sse');
    expect(warnings).toEqual([]);
    const workflow = item(snapshot, 'wf_7d21c4b0', 'workflow');
    expect(workflow).toMatchObject({ variant: 'custom', summary: 'Checked 3 sources', durationSeconds: null, expanded: false, status: 'complete' });
    expect(workflow.tasks.map((task) => [task.kind, task.title, task.status])).toEqual([
      ['custom', 'Planning the lookup', 'complete'],
      ['web_search', 'EUR JPY reference rate', 'complete'],
      ['file', 'Reading the fee schedule', 'complete'],
    ]);
    expect(workflow.tasks[0]?.content).toBe('Check the ECB reference rate and a bank’s fee schedule.');
    expect(workflow.tasks[1]?.sources.map((source) => [source.type, source.source, source.snippet, source.start])).toEqual([
      ['url', 'European Central Bank', null, null],
      ['url', 'www.xe.com', 'Mid-market rate', null],
    ]);
    expect(workflow.tasks[2]?.sources).toEqual([expect.objectContaining({ type: 'file', title: 'Fee schedule 2026', details: { filename: 'fees-2026.pdf' } })]);
  });

  it('keeps the tasks streamed so far when the body stops mid-workflow', () => {
    const { snapshot } = replayUntil('chatkit/workflow-widget-effect-annotations.sse', '"workflow.task.added"', 2);
    expect(snapshot.thread.status).toBe('incomplete');
    const workflow = item(snapshot, 'wf_7d21c4b0', 'workflow');
    expect(workflow).toMatchObject({ expanded: true, summary: null, durationSeconds: null });
    expect(workflow.tasks.map((task) => [task.kind, task.status, task.sources.length])).toEqual([
      ['custom', 'complete', 0],
      ['web_search', 'complete', 2],
    ]);
  });

  it('streams widget text into nested components by id, then takes the root update', () => {
    const streaming = replayUntil('chatkit/workflow-widget-effect-annotations.sse', '"widget.root.updated"').snapshot;
    const live = item(streaming, 'msg_3b8f1e60', 'widget');
    expect(live.root.children?.[1]).toEqual({ id: 'rate', type: 'Text', value: '1 EUR ≈ 163.0 JPY', streaming: true, weight: 'semibold' });
    expect(live.root.children?.[2]?.children?.[1]).toEqual({ id: 'note', type: 'Markdown', value: 'Reference rate, **not** a quote — 円 per €.', streaming: true });

    const done = item(replay('chatkit/workflow-widget-effect-annotations.sse').snapshot, 'msg_3b8f1e60', 'widget');
    expect(done).toMatchObject({ status: 'complete', copyText: '1 EUR ≈ 163.0 JPY' });
    expect(done.root.children?.[1]).toMatchObject({ value: '1 EUR ≈ 163.0 JPY', streaming: false });
  });

  it('hands the client effect over as an event without changing the thread', () => {
    const { events } = replay('chatkit/workflow-widget-effect-annotations.sse');
    expect(events.filter((event) => event.type === 'client-effect')).toEqual([
      { type: 'client-effect', name: 'highlight_rate', data: { currency: 'JPY', widget_id: 'msg_3b8f1e60' } },
    ]);
  });

  it('keeps streamed annotations through content_part.done, which carries annotations: []', () => {
    const cut = replayUntil('chatkit/workflow-widget-effect-annotations.sse', '"thread.item.done"', 4);
    const streamed = item(cut.snapshot, 'msg_c4d5e6f7', 'message');
    expect(streamed.status).toBe('incomplete');
    expect(streamed.citations.map((citation) => [citation.title, citation.start, citation.end, citation.source])).toEqual([
      ['Euro foreign exchange reference rates', 45, 45, 'European Central Bank'],
      ['EUR to JPY', 104, 104, 'www.xe.com'],
    ]);
    const final = item(replay('chatkit/workflow-widget-effect-annotations.sse').snapshot, 'msg_c4d5e6f7', 'message');
    expect(final.status).toBe('complete');
    expect(final.citations).toEqual(streamed.citations);
  });

  it('takes annotations that arrive only on thread.item.done, positioned in the whole message text', () => {
    expect(item(replayUntil('chatkit/annotations-on-done-only.sse', '"thread.item.done"', 2).snapshot, 'msg_d1e2f3a4', 'message').citations).toEqual([]);
    const { snapshot, warnings } = replay('chatkit/annotations-on-done-only.sse');
    expect(warnings).toEqual([]);
    const message = item(snapshot, 'msg_d1e2f3a4', 'message');
    expect(message.parts).toEqual([
      { type: 'text', text: 'Your plan caps transfers at €5,000 a day.' },
      { type: 'text', text: ' Ask Finance if you need more.' },
    ]);
    expect(message.citations).toEqual([
      { type: 'file', start: 41, end: 41, id: null, title: 'Fee schedule 2026', url: null, snippet: 'Section 4: limits', highlights: [], source: null, date: null, details: { filename: 'fees-2026.pdf' } },
      {
        type: 'entity',
        start: 53,
        end: 53,
        id: 'team_finance',
        title: 'Finance team',
        url: null,
        snippet: null,
        highlights: [],
        source: null,
        date: '2026-05-20',
        details: { group: 'People', label: 'Team', inlineLabel: 'Finance', icon: 'profile', interactive: true },
      },
      { type: 'url', start: null, end: null, id: null, title: 'Transfer limits', url: 'https://help.example.com/limits', snippet: null, highlights: [], source: 'help.example.com', date: null, details: {} },
    ]);
    expect(message.text.slice(53 - 'Finance'.length, 53)).toBe('Finance');
  });

  it('leaves a pending client tool call requiring action, with no run-end', () => {
    const { snapshot, events } = replay('chatkit/client-tool-call-pending.sse');
    expect(events.some((event) => event.type === 'run-end')).toBe(false);
    expect(snapshot.thread.status).toBe('requires_action');
    expect(item(snapshot, 'tc_8e1f2a3b', 'tool_call')).toEqual({
      kind: 'tool_call',
      id: 'tc_8e1f2a3b',
      name: 'get_free_slots',
      arguments: '{"date":"2026-05-22","duration_minutes":30,"calendars":["work","personal"]}',
      result: null,
      outputs: [],
      status: 'requires_action',
    });
    expect(snapshot.pendingAction).toEqual({
      kind: 'client_tool_call',
      toolCallIds: ['tc_8e1f2a3b'],
      requestId: 'call_Q2x9LmT4vR7sK1pZ',
      questions: [],
      toolName: 'get_free_slots',
      toolInput: { date: '2026-05-22', duration_minutes: 30, calendars: ['work', 'personal'] },
    });
    expect(snapshot.progress).toEqual([{ text: 'Reading your calendar…' }]);
  });

  it('drops every item a guardrail removed and fails the run with a non-retryable error', () => {
    const { snapshot, warnings } = replay('chatkit/guardrail-error.sse');
    expect(warnings).toEqual([]);
    expect(snapshot.items.map((entry) => entry.id)).toEqual(['msg_c1d2e3f4']);
    expect(snapshot.error).toEqual({ kind: 'server', code: 'custom', message: 'This request was blocked by a safety check.', retryable: false });
    expect(snapshot.thread.status).toBe('failed');
  });

  it('ends a body that stops mid-message incomplete, keeping the partial text', () => {
    const { snapshot } = replay('chatkit/abrupt-stop.sse');
    expect(snapshot.thread.status).toBe('incomplete');
    expect(item(snapshot, 'msg_e9f0a1b2', 'message')).toMatchObject({ status: 'incomplete', text: 'Compound interest is interest earned on interest — über time it' });
    expect(snapshot.error).toBeNull();
  });

  it('records a malformed frame as a protocol error, warns about unknown types, and goes on', () => {
    const { snapshot, warnings, events } = replay('chatkit/malformed-unknown.sse');
    expect(warnings).toEqual([
      'Ignored a malformed ChatKit frame (Unterminated string in JSON at position 49).',
      'Ignored an unknown ChatKit event "thread.mystery".',
      'Ignored a ChatKit item of unknown type "hologram".',
      'Ignored a ChatKit item update of unknown type "assistant_message.content_part.sparkle".',
    ]);
    expect(events.filter((event) => event.type === 'run-error')).toHaveLength(1);
    expect(snapshot.error).toMatchObject({ kind: 'protocol', code: null, retryable: false });
    expect(snapshot.error?.message).toMatch(/^Malformed ChatKit frame/);
    expect(snapshot.items.map((entry) => entry.id)).toEqual(['msg_f7a8b9c0', 'msg_b3c4d5e6']);
    expect(item(snapshot, 'msg_b3c4d5e6', 'message')).toMatchObject({ status: 'complete', text: 'Hi there 👋' });
    expect(snapshot.thread.status).toBe('complete');
  });

  it('shows a generated image as an image part and asks the structured input as questions', () => {
    const { snapshot, events, warnings } = replay('chatkit/generated-image-question.sse');
    expect(warnings).toEqual([]);
    expect(item(snapshot, 'msg_5f6a7b8c', 'message')).toMatchObject({
      role: 'assistant',
      status: 'complete',
      parts: [{ type: 'image', fileId: 'img_0a1b2c3d', url: expect.stringMatching(/^data:image\/png;base64,iVBOR.*WjR9awAAAABJRU5ErkJggg==$/) }],
    });
    expect(snapshot.pendingAction).toEqual({
      kind: 'question',
      toolCallIds: [],
      requestId: 'msg_3c4d5e6f',
      questions: [
        { question: 'Which style do you prefer?', header: null, options: [{ label: 'Watercolor', description: null }, { label: 'Flat vector', description: null }], multiple: false },
        { question: 'Anything we should include?', header: null, options: [], multiple: false },
      ],
      toolName: null,
      toolInput: null,
    });
    expect(snapshot.thread.status).toBe('requires_action');
    expect(events.some((event) => event.type === 'run-end')).toBe(false);
  });

  it('goes on running once the structured input comes back answered', () => {
    const { snapshot, events } = replay('chatkit/structured-input-answered.sse');
    expect(events.slice(0, 3)).toEqual([{ type: 'run-start' }, { type: 'run-update', canCancel: true }, { type: 'run-update', status: 'running' }]);
    expect(snapshot.pendingAction).toBeNull();
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.items.map((entry) => entry.id)).toEqual(['msg_7a8b9c0d']);
  });

  it('reads allow_cancel: false into the run', () => {
    expect(replay('chatkit/workflow-widget-effect-annotations.sse').snapshot.run?.canCancel).toBe(false);
  });
});

describe('ChatKit decoder at chunk boundaries', () => {
  it.each(fixtures)('gives the same snapshot for %s cut at every byte offset', (name) => {
    const bytes = readFixture(name);
    const whole = replay(name);
    const expected = JSON.stringify([whole.snapshot, whole.warnings]);
    for (let offset = 0; offset <= bytes.length; offset++) {
      const cut = replayBytes([bytes.subarray(0, offset), bytes.subarray(offset)]);
      // Comparing serialized snapshots keeps 10,000 cuts fast; a mismatch is shown as a diff.
      if (JSON.stringify([cut.snapshot, cut.warnings]) !== expected) expect([cut.snapshot, cut.warnings], `cut at ${offset}`).toEqual([whole.snapshot, whole.warnings]);
    }
  }, 60_000);

  it.each(fixtures)('gives the same events for %s cut at random offsets', (name) => {
    const bytes = readFixture(name);
    const whole = replay(name);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { minLength: 1, maxLength: 60 }), (offsets) => {
        const cut = replayBytes(cutAt(bytes, offsets));
        expect(cut.events).toEqual(whole.events);
        expect(cut.snapshot).toEqual(whole.snapshot);
      }),
      { numRuns: 100 },
    );
  });
});

// Conformance against the reference transcripts in ../shared, when the checkout has them beside it.
const sharedFolder = fileURLToPath(new URL('../../../../shared/protocols/fixtures/chatkit/', import.meta.url));
const sharedPresent = existsSync(sharedFolder);
const sharedFiles = sharedPresent ? readdirSync(sharedFolder).filter((name) => name.endsWith('.sse')) : [];
const replayShared = (name: string) => replayBytes([readFileSync(sharedFolder + name)]);

describe.skipIf(!sharedPresent)('shared ChatKit reference transcripts', () => {
  it.each(sharedFiles)('%s decodes with no warning and no protocol error', (name) => {
    const { warnings, events } = replayShared(name);
    expect(warnings).toEqual([]);
    expect(events.filter((event) => event.type === 'run-error' && event.error.kind === 'protocol')).toEqual([]);
  });

  it('02 keeps its 3 citations, which its content_part.done left out', () => {
    const message = replayShared('02-workflow-widget-annotations.sse').snapshot.items.at(-1) as MessageSnapshot;
    expect(message.citations.map((citation) => [citation.start, citation.source])).toEqual([
      [61, 'apple.com'],
      [106, 'store.google.com'],
      [223, 'gsmarena.com'],
    ]);
  });

  it('ends each shared transcript as its request did', () => {
    expect(sharedFiles.map((name) => [name, replayShared(name).snapshot.thread.status])).toEqual([
      ['01-plain-text.sse', 'complete'],
      ['02-workflow-widget-annotations.sse', 'complete'],
      ['03-client-tool-call.sse', 'requires_action'],
      ['04-error.sse', 'failed'],
      ['05-cancelled.sse', 'incomplete'],
    ]);
  });
});

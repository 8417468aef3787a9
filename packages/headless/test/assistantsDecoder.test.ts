import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDecoder, createSseReader, createThreadState, reduceThreadEvents, replayTranscript, toSnapshot } from '@threadline/headless';
import type { MessageSnapshot, SseMessage, ThreadEvent, ThreadSnapshot, ThreadState, ToolCallSnapshot } from '@threadline/headless';
import { cutAt, readFixture } from './readFixture';

const fixtures = [
  'assistants/plain-text.sse',
  'assistants/parallel-function-calls.sse',
  'assistants/tool-outputs-continuation.sse',
  'assistants/file-search-citations.sse',
  'assistants/run-failed.sse',
  'assistants/cancelled.sse',
  'assistants/error-event.sse',
  'assistants/malformed-unknown.sse',
];
const wellFormed = fixtures.filter((name) => name !== 'assistants/malformed-unknown.sse');

const CALL_PARIS = 'call_MhR2HK8vluh0yRPRFzp7ZHKM';
const CALL_ZURICH = 'call_PSGMoDZkmtLrHuhRXIzibZtG';
const CALL_CODE = 'call_OFrbooQ8liutPzc0wdnRGDSC';

interface Replayed {
  snapshot: ThreadSnapshot;
  events: ThreadEvent[];
  warnings: string[];
}

function replayBytes(slices: Uint8Array[]): Replayed {
  const warnings: string[] = [];
  const { state, events } = replayTranscript(slices, { dialect: 'assistants', onWarning: (warning) => warnings.push(warning) });
  return { snapshot: toSnapshot(state), events, warnings };
}

function replay(name: string, slices?: Uint8Array[]): ThreadSnapshot {
  return replayBytes(slices ?? [readFixture(name)]).snapshot;
}

function readMessages(slices: Uint8Array[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const reader = createSseReader({ onMessage: (message) => messages.push(message) });
  for (const slice of slices) reader.push(slice);
  reader.end();
  return messages;
}

// Streams decoded in order onto one thread, as a controller does across submit_tool_outputs.
function replayStreams(names: string[], decoderPerStream: boolean): ThreadState {
  let decoder = createDecoder('assistants', { onWarning: () => {} });
  let state = createThreadState({ dialect: 'assistants' });
  for (const name of names) {
    if (decoderPerStream) decoder = createDecoder('assistants', { onWarning: () => {} });
    state = reduceThreadEvents(state, readMessages([readFixture(name)]).flatMap((message) => decoder.decode(message)));
  }
  return state;
}

function sameMessages(a: SseMessage[], b: SseMessage[]): boolean {
  return a.length === b.length && a.every((message, index) => message.event === b[index]?.event && message.data === b[index]?.data && message.id === b[index]?.id);
}

function messages(snapshot: ThreadSnapshot): MessageSnapshot[] {
  return snapshot.items.filter((item): item is MessageSnapshot => item.kind === 'message');
}

function toolCall(snapshot: ThreadSnapshot, id: string): ToolCallSnapshot {
  const item = snapshot.items.find((candidate) => candidate.id === id);
  if (item?.kind !== 'tool_call') throw new Error(`no tool call ${id}`);
  return item;
}

function protocolErrors(events: ThreadEvent[]): ThreadEvent[] {
  return events.filter((event) => event.type === 'run-error' && event.error.kind === 'protocol');
}

describe('Assistants decoder on transcripts', () => {
  it('streams plain text to a completed run with the thread id and the run usage', () => {
    const snapshot = replay('assistants/plain-text.sse');
    expect(snapshot.thread).toEqual({ id: 'thread_rqpf05iTz7XderqxOUggxVhU', title: null, status: 'complete' });
    expect(snapshot.run).toMatchObject({ id: 'run_ptQ1w1dGjplv0zIAVIJC4yzP', status: 'complete', stopReason: null });
    expect(snapshot.run?.usage).toMatchObject({ prompt_tokens: 41, completion_tokens: 62, total_tokens: 103 });
    const text =
      "Here's a quick itinerary for Kyoto (京都) 🍵:\n\n1. **Morning** — Fushimi Inari before the crowds.\n2. **Afternoon** — tea in Gion; try the matcha parfait.\n3. **Evening** — a walk along the Kamo river.\n\nBon voyage ✈️!";
    expect(messages(snapshot)).toEqual([
      { kind: 'message', id: 'msg_oR7ne7y4duPvxnBNuUdnMF2p', role: 'assistant', status: 'complete', text, parts: [{ type: 'text', text }], citations: [] },
    ]);
    expect(snapshot.error).toBeNull();
  });

  it('streams two parallel function calls by index and pauses for their outputs', () => {
    const snapshot = replay('assistants/parallel-function-calls.sse');
    expect(snapshot.thread.status).toBe('requires_action');
    expect(snapshot.run).toMatchObject({ id: 'run_n9cjT0wgMlsVmdkGSektHEP2', status: 'requires_action', usage: null });
    expect(snapshot.items).toEqual([
      { kind: 'tool_call', id: CALL_PARIS, name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}', result: null, outputs: [], status: 'requires_action' },
      { kind: 'tool_call', id: CALL_ZURICH, name: 'get_weather', arguments: '{"city":"Zürich","unit":"c"}', result: null, outputs: [], status: 'requires_action' },
    ]);
    expect(snapshot.pendingAction).toEqual({
      kind: 'submit_tool_outputs',
      toolCallIds: [CALL_PARIS, CALL_ZURICH],
      requestId: null,
      questions: [],
      toolName: null,
      toolInput: [
        { id: CALL_PARIS, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' } },
        { id: CALL_ZURICH, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Zürich","unit":"c"}' } },
      ],
    });
  });

  it('streams the arguments fragment by fragment to the right call', () => {
    const { events } = replayBytes([readFixture('assistants/parallel-function-calls.sse')]);
    const fragments = (id: string) => events.flatMap((event) => (event.type === 'tool-call-delta' && event.toolCallId === id ? [event.argumentsDelta] : []));
    expect(fragments(CALL_PARIS)).toEqual(['{"ci', 'ty":"Paris"', ',"unit":"c"}']);
    expect(fragments(CALL_ZURICH)).toEqual(['{"city":"Zü', 'rich","unit":"c"}']);
    expect(events.filter((event) => event.type === 'tool-call-start')).toHaveLength(2);
  });

  it('decodes a continuation stream on its own: submitted calls complete, code interpreter, image and file link', () => {
    const snapshot = replay('assistants/tool-outputs-continuation.sse');
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.run).toMatchObject({ id: 'run_n9cjT0wgMlsVmdkGSektHEP2', status: 'complete' });
    expect(snapshot.run?.usage).toMatchObject({ total_tokens: 1415 });
    expect(toolCall(snapshot, CALL_PARIS)).toMatchObject({
      name: 'get_weather',
      arguments: '{"city":"Paris","unit":"c"}',
      result: '{"city":"Paris","temp_c":18,"sky":"light rain"}',
      status: 'complete',
    });
    const code = toolCall(snapshot, CALL_CODE);
    expect(code).toMatchObject({ name: 'code_interpreter', result: "{'Paris': 18, 'Zürich': 12}\n", status: 'complete' });
    expect(code.arguments).toMatch(/^import matplotlib\.pyplot as plt\n.*print\(dict\(zip\(cities, temps\)\)\)$/s);
    expect(code.outputs).toEqual([{ type: 'image', fileId: 'file-txAiMKKZpjqLkRt0lRQFZR' }]);

    const [message] = messages(snapshot);
    const text = 'Paris is 18 °C with light rain and Zürich 12 °C and sunny. The chart is above; [download the data](sandbox:/mnt/data/temps.csv).';
    expect(message?.parts).toEqual([
      { type: 'image', fileId: 'file-txAiMKKZpjqLkRt0lRQFZR' },
      { type: 'text', text },
    ]);
    expect(message?.citations).toEqual([
      {
        type: 'file',
        start: 99,
        end: 126,
        id: 'file-4cfGcAgO6VJLBZZMJpWaOk',
        title: 'temps.csv',
        url: null,
        snippet: null,
        highlights: [],
        source: null,
        date: null,
        details: { annotation: 'file_path', fileId: 'file-4cfGcAgO6VJLBZZMJpWaOk' },
      },
    ]);
    expect(message?.text.slice(99, 126)).toBe('sandbox:/mnt/data/temps.csv');
  });

  it('streams the image part at index 0 before the text at index 1, and the file link while the text streams', () => {
    const { events } = replayBytes([readFixture('assistants/tool-outputs-continuation.sse')]);
    const messageEvents = events.filter((event) => event.type === 'part-add' || event.type === 'text-delta' || event.type === 'citation-add');
    expect(messageEvents[0]).toEqual({ type: 'part-add', messageId: 'msg_N2PF5x9bpuTqqxmeItSjXWvf', partIndex: 0, part: { type: 'image', fileId: 'file-txAiMKKZpjqLkRt0lRQFZR' } });
    expect(messageEvents.filter((event) => event.type === 'text-delta').every((event) => event.partIndex === 1)).toBe(true);
    expect(messageEvents.filter((event) => event.type === 'citation-add').map((event) => [event.citation.start, event.citation.end])).toEqual([[99, 126]]);
    expect(events.filter((event) => event.type === 'tool-output-add')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'tool-result-delta').map((event) => event.delta)).toEqual(["{'Paris': 18, 'Zürich': 12}\n"]);
  });

  it.each([true, false])('continues the paused run after submit_tool_outputs (a decoder per stream: %s)', (decoderPerStream) => {
    const snapshot = toSnapshot(replayStreams(['assistants/parallel-function-calls.sse', 'assistants/tool-outputs-continuation.sse'], decoderPerStream));
    expect(snapshot.pendingAction).toBeNull();
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.run?.id).toBe('run_n9cjT0wgMlsVmdkGSektHEP2');
    expect(snapshot.items.map((item) => [item.kind, item.id, item.status])).toEqual([
      ['tool_call', CALL_PARIS, 'complete'],
      ['tool_call', CALL_ZURICH, 'complete'],
      ['tool_call', CALL_CODE, 'complete'],
      ['message', 'msg_N2PF5x9bpuTqqxmeItSjXWvf', 'complete'],
    ]);
    expect(toolCall(snapshot, CALL_ZURICH)).toMatchObject({ arguments: '{"city":"Zürich","unit":"c"}', result: '{"city":"Zürich","temp_c":12,"sky":"sunny"}' });
  });

  it('completes file_search with its results and cites the files at their marker positions', () => {
    const { snapshot, events } = replayBytes([readFixture('assistants/file-search-citations.sse')]);
    const search = toolCall(snapshot, 'call_73gtyy9rfgzq5FsSwdlW62TF');
    expect(search).toMatchObject({ name: 'file_search', arguments: '', status: 'complete' });
    expect(JSON.parse(search.result ?? '')).toEqual([
      { file_name: 'q3-report.pdf', score: 0.8123 },
      { file_name: 'pricing.md', score: 0.5931 },
    ]);
    const [message] = messages(snapshot);
    expect(message?.citations.map(({ type, start, end, id, title, snippet, details }) => ({ type, start, end, id, title, snippet, details }))).toEqual([
      { type: 'file', start: 22, end: 41, id: 'file-aH4ba9Q7uNnpI6znjnByFS', title: 'q3-report.pdf', snippet: null, details: { annotation: 'file_citation', fileId: 'file-aH4ba9Q7uNnpI6znjnByFS' } },
      { type: 'file', start: 77, end: 93, id: 'file-mLl6OO7okeQzb4vZpIfCWJ', title: 'pricing.md', snippet: null, details: { annotation: 'file_citation', fileId: 'file-mLl6OO7okeQzb4vZpIfCWJ' } },
    ]);
    expect(message?.text.slice(22, 41)).toBe('【4:0†q3-report.pdf】');
    expect(message?.text.slice(77, 93)).toBe('【4:1†pricing.md】');
    const streamed = events.filter((event) => event.type === 'citation-add');
    expect(streamed.map((event) => event.type === 'citation-add' && [event.citation.start, event.citation.end])).toEqual([
      [22, 41],
      [77, 93],
    ]);
  });

  it('fails the run with a retryable server error after the failed step fails its tool call', () => {
    const { snapshot, events } = replayBytes([readFixture('assistants/run-failed.sse')]);
    expect(snapshot.thread.status).toBe('failed');
    expect(snapshot.error).toEqual({ kind: 'server', code: 'server_error', message: 'Sorry, something went wrong.', retryable: true });
    expect(messages(snapshot).map((message) => [message.status, message.text])).toEqual([['complete', 'Let me run the numbers.']]);
    expect(toolCall(snapshot, 'call_I13RgVjVNx77R720czM7Ue6P')).toMatchObject({
      name: 'code_interpreter',
      arguments: 'import numpy as np\nnp.percentile([',
      result: 'Sorry, something went wrong.',
      status: 'failed',
    });
    expect(events.slice(-2).map((event) => event.type)).toEqual(['run-error', 'run-end']);
    expect(snapshot.run?.usage).toMatchObject({ total_tokens: 279 });
  });

  it('passes through cancelling and ends cancelled with the message marked cancelled', () => {
    const { snapshot, events } = replayBytes([readFixture('assistants/cancelled.sse')]);
    expect(events).toContainEqual({ type: 'run-update', runId: 'run_vO8tW1chA7nDEiaO9DCP2eSb', status: 'cancelling' });
    expect(snapshot.thread.status).toBe('cancelled');
    expect(snapshot.run).toMatchObject({ status: 'cancelled', usage: { total_tokens: 56 } });
    expect(messages(snapshot).map((message) => [message.status, message.text])).toEqual([
      ['cancelled', 'Once upon a time, in a lighthouse at the edge of the map, a keeper named Ilse counted ships'],
    ]);
  });

  it('records an error event without ending the run, leaving the message open', () => {
    const snapshot = replay('assistants/error-event.sse');
    expect(snapshot.error).toEqual({
      kind: 'server',
      code: 'server_error',
      message: 'The server had an error while processing your request. Sorry about that!',
      retryable: true,
    });
    expect(snapshot.thread.status).toBe('running');
    expect(messages(snapshot).map((message) => [message.status, message.text])).toEqual([['in_progress', 'The three largest moons of Jupiter are']]);
  });

  it('turns a malformed frame into one protocol error, warns about it and unknown events, and goes on', () => {
    const { snapshot, events, warnings } = replayBytes([readFixture('assistants/malformed-unknown.sse')]);
    expect(protocolErrors(events)).toHaveLength(1);
    expect(snapshot.error).toMatchObject({ kind: 'protocol', code: null, retryable: false });
    expect(snapshot.error?.message).toMatch(/^The Assistants "thread\.message\.delta" event carried data that is not valid JSON/);
    expect(warnings).toEqual([
      snapshot.error?.message,
      'Ignored an unknown Assistants event "thread.run.step.reticulating".',
      'Ignored an unknown Assistants event "thread.foo".',
    ]);
    expect(messages(snapshot).map((message) => [message.status, message.text])).toEqual([['complete', 'Before the break, after.']]);
    expect(snapshot.thread.status).toBe('complete');
  });

  it.each(wellFormed)('decodes %s with no warning and no protocol error', (name) => {
    const { events, warnings } = replayBytes([readFixture(name)]);
    expect(warnings).toEqual([]);
    expect(protocolErrors(events)).toEqual([]);
  });

  it.each(wellFormed)('reads %s the same without event: lines, by each object and status (CRLF lines)', (name) => {
    const text = new TextDecoder().decode(readFixture(name));
    const dataOnly = text.replace(/^event: [^\n]*\n/gm, '').replace(/\n/g, '\r\n');
    const { snapshot, warnings } = replayBytes([new TextEncoder().encode(dataOnly)]);
    expect(warnings).toEqual([]);
    expect(snapshot).toEqual(replay(name));
  });
});

describe('Assistants decoder across chunk boundaries', () => {
  // Decoding is a pure function of the SSE messages, so a cut is decoded again only when the
  // reader gave other messages than for the whole body; then its snapshot must still be equal.
  it.each(fixtures)('gives the same snapshot for %s cut once at every byte offset', (name) => {
    const bytes = readFixture(name);
    const whole = replay(name);
    const wholeMessages = readMessages([bytes]);
    const differing: number[] = [];
    for (let offset = 0; offset <= bytes.length; offset += 1) {
      const slices = cutAt(bytes, [offset]);
      if (sameMessages(readMessages(slices), wholeMessages)) continue;
      if (!isDeepStrictEqual(replay(name, slices), whole)) differing.push(offset);
    }
    expect(differing).toEqual([]);
  });

  it.each(fixtures)('gives the same snapshot for %s cut at many random offsets', (name) => {
    const bytes = readFixture(name);
    const whole = replay(name);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 60 }), (offsets) => {
        expect(replay(name, cutAt(bytes, offsets))).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same snapshot when fed one byte at a time', () => {
    const name = 'assistants/tool-outputs-continuation.sse';
    const bytes = readFixture(name);
    const slices = Array.from(bytes, (_byte, index) => bytes.subarray(index, index + 1));
    expect(replay(name, slices)).toEqual(replay(name));
  });
});

// Conformance against the reference transcripts and real recordings in ../shared, when present.
const sharedRoot = fileURLToPath(new URL('../../../../shared/protocols/', import.meta.url));
const sharedFolders = ['fixtures/assistants/', 'recordings/assistants/openai-dotnet/extracted/'].map((folder) => sharedRoot + folder);
const sharedPresent = sharedFolders.every((folder) => existsSync(folder));
const sharedFiles = sharedPresent ? sharedFolders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.sse')).map((name) => folder + name)) : [];
const replayShared = (path: string) => replayBytes([readFileSync(path)]);
const recording = (name: string) => `${sharedRoot}recordings/assistants/openai-dotnet/extracted/${name}`;

describe.skipIf(!sharedPresent)('Assistants decoder on the shared transcripts and real recordings', () => {
  it('decodes every file with no warning and no protocol error, ending complete or waiting on tool outputs', () => {
    expect(sharedFiles.length).toBeGreaterThanOrEqual(13);
    for (const path of sharedFiles) {
      const { snapshot, events, warnings } = replayShared(path);
      expect({ path, warnings, protocolErrors: protocolErrors(events) }).toEqual({ path, warnings: [], protocolErrors: [] });
      expect(['complete', 'requires_action', 'failed', 'cancelled']).toContain(snapshot.thread.status);
    }
  });

  it('cites favorite_foods.txt at 29–53 in the real file_search recording', () => {
    const { snapshot } = replayShared(recording('FileSearchStreamingWorks.1.sse'));
    const [message] = messages(snapshot);
    expect(message?.text).toBe("Filip's favorite food is cake【4:0†favorite_foods.txt】.");
    expect(message?.citations).toEqual([expect.objectContaining({ type: 'file', start: 29, end: 53, id: 'file-CyHtsk7XAWdRabQUBYRjCu', title: 'favorite_foods.txt' })]);
    expect(toolCall(snapshot, 'call_Ijw9WuTSpuhrnIInrcUzLRsL')).toMatchObject({ name: 'file_search', status: 'complete' });
  });

  it('pauses the real tool call recording on its call, and completes it from the continuation', () => {
    const first = replayShared(recording('StreamingToolCall().1.sse')).snapshot;
    expect(first.pendingAction?.toolCallIds).toEqual(['call_xyFYaEeyocjyE6jN64QTcxip']);
    expect(toolCall(first, 'call_xyFYaEeyocjyE6jN64QTcxip')).toMatchObject({ name: 'get_current_weather', arguments: '{}', status: 'requires_action' });

    const second = replayShared(recording('StreamingToolCall().2.sse')).snapshot;
    expect(toolCall(second, 'call_xyFYaEeyocjyE6jN64QTcxip')).toMatchObject({ result: 'warm and sunny', status: 'complete' });
    expect(second.run).toMatchObject({ id: 'run_oyfV44CrJXYJkvb2qsd80LvJ', status: 'complete' });
    expect(messages(second)[0]?.text).toMatch(/^Since it's warm and sunny outside/);
  });
});

describe('assistants decoder: interleaved messages', () => {
  it('merges the deltas of two messages streaming in turn into their own message', () => {
    const decoder = createDecoder('assistants', { onWarning: () => {} });
    const frame = (event: string, data: unknown): SseMessage => ({ event, data: JSON.stringify(data) });
    const created = (id: string) => frame('thread.message.created', { id, object: 'thread.message', role: 'assistant', status: 'in_progress', content: [] });
    const delta = (id: string, value: string) => frame('thread.message.delta', { id, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: { value } }] } });
    // Completed without content: the final text is each message's own accumulated snapshot.
    const completed = (id: string) => frame('thread.message.completed', { id, object: 'thread.message', role: 'assistant', status: 'completed' });
    const messages = [created('msg_a'), created('msg_b'), delta('msg_a', 'one'), delta('msg_a', ' two'), delta('msg_b', 'uno'), delta('msg_a', ' three'), delta('msg_b', ' dos'), completed('msg_a'), completed('msg_b')];
    const state = reduceThreadEvents(createThreadState(), messages.flatMap((message) => decoder.decode(message)));
    const text = (id: string) => toSnapshot(state).items.flatMap((item) => (item.kind === 'message' && item.id === id ? item.parts : [])).map((part) => (part.type === 'text' ? part.text : '')).join('');
    expect(text('msg_a')).toBe('one two three');
    expect(text('msg_b')).toBe('uno dos');
  });
});

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createBoostedDecoder, replayTranscript, toSnapshot } from '@threadline/headless';
import type { MessageSnapshot, ThreadSnapshot } from '@threadline/headless';
import { cutAt, readFixture } from './readFixture';

const fixtures = [
  'boosted/key-framed-artifacts.sse',
  'boosted/event-framed.sse',
  'boosted/closed-early-crlf.sse',
  'boosted/malformed-unknown.sse',
  'boosted/cancelled-two-runs.sse',
  'boosted/final-text-wins.sse',
];

function replay(name: string, slices?: Uint8Array[]): ThreadSnapshot {
  const bytes = readFixture(name);
  return toSnapshot(replayTranscript(slices ?? [bytes], { dialect: 'boosted', onWarning: () => {} }).state);
}

function onlyMessage(snapshot: ThreadSnapshot): MessageSnapshot {
  const [item] = snapshot.items;
  if (item?.kind !== 'message') throw new Error('expected one message');
  return item;
}

describe('Boosted decoder on transcripts', () => {
  it('turns artifact markers into artifact parts at their place, also when split across chunks', () => {
    const message = onlyMessage(replay('boosted/key-framed-artifacts.sse'));
    expect(message.parts.map((part) => part.type)).toEqual(['text', 'artifact', 'text', 'artifact', 'text']);
    expect(message.parts.filter((part) => part.type === 'artifact')).toEqual([
      { type: 'artifact', artifactId: 'table-1' },
      { type: 'artifact', artifactId: 'chart-2' },
    ]);
    expect(message.text).toBe('Revenue by quarter:\n\n\n\nGrowth, in a chart: \n\nA code block stays text:\n\n```python\nprint("hi")\n```\n\nDone — 東京 🚀.');
  });

  it('attaches the final message citations, normalized, with Boosted text citations named document', () => {
    const message = onlyMessage(replay('boosted/key-framed-artifacts.sse'));
    expect(message.citations.map((citation) => citation.type)).toEqual([
      'web',
      'news_development',
      'news_article',
      'document',
      'fiscal_quarter_earnings',
      'variable',
    ]);
    const [web, development, , document, earnings, variable] = message.citations;
    expect(web).toMatchObject({ id: 'c1', title: 'Data center revenue', url: 'https://example.com/dc', source: 'example.com', highlights: [{ start: 0, end: 7 }] });
    expect(development?.details).toEqual({ articleCount: 12 });
    expect(document).toMatchObject({ title: 'Form 10-Q', source: 'NVIDIA Corp', details: { documentType: '10-Q' } });
    expect(earnings?.details).toMatchObject({ ticker: 'NVDA', fiscalQuarter: 3, fiscalYear: 2025 });
    expect(variable).toMatchObject({ title: 'YoY growth', source: 'S&P', details: { formula: 'rev / rev[-4] - 1', periodicity: 'quarterly' } });
  });

  it('keeps work-in-progress logs in order and completes the thread on task_status Complete', () => {
    const snapshot = replay('boosted/key-framed-artifacts.sse');
    expect(snapshot.progress).toEqual([{ text: 'Planning the analysis' }, { text: 'Charting growth — ünïcödé ✓' }]);
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.run?.status).toBe('complete');
    expect(onlyMessage(snapshot).status).toBe('complete');
  });

  it('reads event-line framing, unwrapping data still keyed by the event name', () => {
    const snapshot = replay('boosted/event-framed.sse');
    expect(snapshot.progress).toEqual([{ text: 'Looking it up' }]);
    expect(onlyMessage(snapshot).text).toBe('Hello world!');
    expect(snapshot.thread.status).toBe('complete');
  });

  it('lets the final message text win over the concatenated chunks', () => {
    const message = onlyMessage(replay('boosted/final-text-wins.sse'));
    expect(message.text).toBe('The answer is 42.\n\n');
    expect(message.parts).toEqual([
      { type: 'text', text: 'The answer is 42.\n\n' },
      { type: 'artifact', artifactId: 'late' },
    ]);
    expect(message.citations).toHaveLength(1);
  });

  it('leaves a stream that closes early running, with its message in progress (CRLF lines, no final blank line)', () => {
    const snapshot = replay('boosted/closed-early-crlf.sse');
    expect(snapshot.thread.status).toBe('running');
    expect(onlyMessage(snapshot)).toMatchObject({ status: 'in_progress', text: 'Partial answer' });
    expect(snapshot.progress).toEqual([{ text: 'Working' }]);
  });

  it('records a malformed frame as a protocol error that stays after later frames complete the thread', () => {
    const snapshot = replay('boosted/malformed-unknown.sse');
    expect(snapshot.error).toMatchObject({ kind: 'protocol', code: null, retryable: false });
    expect(snapshot.error?.message).toMatch(/Malformed Boosted frame/);
    expect(onlyMessage(snapshot).text).toBe('Before after.');
    expect(snapshot.thread.status).toBe('complete');
  });

  it('ignores an unknown event with a warning and goes on', () => {
    const warnings: string[] = [];
    const { state } = replayTranscript([readFixture('boosted/malformed-unknown.sse')], { dialect: 'boosted', onWarning: (warning) => warnings.push(warning) });
    expect(warnings).toEqual(['Ignored an unknown Boosted event "mystery_event".']);
    expect(state.status).toBe('complete');
  });

  it('follows several runs on one persistent stream and marks a cancelled one, ignoring the Complete after it', () => {
    const snapshot = replay('boosted/cancelled-two-runs.sse');
    expect(snapshot.items.map((item) => item.status)).toEqual(['complete', 'cancelled']);
    expect(snapshot.thread.status).toBe('cancelled');
    expect(snapshot.progress).toEqual([{ text: 'Second run' }]);
    expect((snapshot.items[1] as MessageSnapshot).text).toBe('Second answer, cut\n\nUser cancelled message');
  });

  it.each(fixtures)('gives the same snapshot for %s at every chunk boundary', (name) => {
    const bytes = readFixture(name);
    const whole = replay(name);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 }), (offsets) => {
        expect(replay(name, cutAt(bytes, offsets))).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same snapshot when fed one byte at a time', () => {
    const bytes = readFixture('boosted/key-framed-artifacts.sse');
    const slices = Array.from(bytes, (_byte, index) => bytes.subarray(index, index + 1));
    expect(replay('boosted/key-framed-artifacts.sse', slices)).toEqual(replay('boosted/key-framed-artifacts.sse'));
  });
});

describe('Boosted decoder on single frames', () => {
  it('tells a cancelled answer and a final message that differs from the chunks however the text was cut', () => {
    const piece = fc.constantFrom('User', ' cancelled', ' message', 'User cancelled message', 'ge', ' ', '\n', '\u00a0', 'ok', '', '`');
    const chunksAndFinal = fc.array(fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 12 }).chain((chunks) =>
      fc.tuple(fc.constant(chunks), fc.oneof(fc.constant(chunks.join('')), fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')))),
    );
    fc.assert(
      fc.property(chunksAndFinal, ([chunks, final]) => {
        const decoder = createBoostedDecoder({ onWarning: () => {} });
        const streamed = chunks.flatMap((message, index) => decoder.decode({ data: JSON.stringify({ message_chunk: { message, final_chunk: index === chunks.length - 1 } }) }));
        const joined = chunks.join('');
        const cancelled = joined.trimEnd().endsWith('User cancelled message');
        expect(streamed.find((event) => event.type === 'message-end')).toMatchObject({ status: cancelled ? 'cancelled' : 'complete' });
        const [end] = decoder.decode({ data: JSON.stringify({ message: { message: final } }) }).filter((event) => event.type === 'message-end');
        expect(end !== undefined && 'parts' in end).toBe(final !== joined);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on missing or odd fields', () => {
    const decoder = createBoostedDecoder({ onWarning: () => {} });
    const frames = ['{}', '[]', '42', '"text"', 'null', '{"message_chunk": null}', '{"message_chunk": 5}', '{"message": {}}', '{"task_status": {}}', '{"a": 1, "b": 2}'];
    for (const data of frames) expect(() => decoder.decode({ data })).not.toThrow();
  });

  it('accepts final_chunk beside the chunk object and a type discriminator', () => {
    const decoder = createBoostedDecoder();
    const events = [
      ...decoder.decode({ data: '{"message_chunk": {"message": "Hi"}, "final_chunk": true}' }),
      ...decoder.decode({ data: '{"type": "task_status", "status": "Complete"}' }),
    ];
    expect(events.map((event) => event.type)).toEqual(['run-start', 'message-start', 'text-delta', 'message-end', 'run-end']);
  });

  it('maps a worker error to a server error that fails the run', () => {
    const decoder = createBoostedDecoder();
    decoder.decode({ data: '{"message_chunk": {"message": "Hi"}}' });
    const events = decoder.decode({ event: 'worker_error_event', data: '{"message": "Worker crashed", "code": "E42"}' });
    expect(events).toEqual([
      { type: 'run-error', error: { kind: 'server', code: 'E42', message: 'Worker crashed', retryable: true } },
      { type: 'message-end', messageId: 'boosted-msg-1', status: 'error' },
      { type: 'run-end', status: 'failed' },
    ]);
  });

  it('warns in development through console.warn by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createBoostedDecoder().decode({ data: '{"surprise": {}}' });
    expect(warn).toHaveBeenCalledWith('[threadline] Ignored an unknown Boosted event "surprise".');
    warn.mockRestore();
  });

  it('folds the REST truth into a thread whose stream closed early', () => {
    const decoder = createBoostedDecoder();
    decoder.decode({ data: '{"message_chunk": {"message": "Partial"}}' });
    const events = decoder.recover({ status: 'Complete', message: { text: 'Partial, then the rest.', citations: [{ citation_type: 'web' }] } });
    expect(events).toEqual([
      { type: 'message-end', messageId: 'boosted-msg-1', status: 'complete' },
      {
        type: 'message-end',
        messageId: 'boosted-msg-1',
        status: 'complete',
        parts: [{ type: 'text', text: 'Partial, then the rest.' }],
        citations: [expect.objectContaining({ type: 'web' })],
      },
      { type: 'run-end', status: 'complete' },
    ]);
    expect(decoder.recover({ status: 'Running', message: null })).toEqual([]);
  });

  it('adds nothing when a reopened stream already told the run to its end', () => {
    const decoder = createBoostedDecoder();
    decoder.decode({ data: '{"message_chunk": {"message": "Part"}}' });
    decoder.decode({ data: '{"message": {"message": "Part and whole"}}' });
    decoder.decode({ data: '{"task_status": "Complete"}' });
    expect(decoder.recover({ status: 'Complete', message: { text: 'Part and whole', citations: [] } })).toEqual([]);
  });
});

describe('Boosted decoder across runs', () => {
  it('gives a second run that sends only a final message its own message', () => {
    const decoder = createBoostedDecoder();
    const frames = [
      '{"message_chunk": {"message": "One", "final_chunk": true}}',
      '{"message": {"message": "One"}}',
      '{"task_status": {"status": "Complete"}}',
      '{"message_work_in_progress": {"log": "again"}}',
      '{"message": {"message": "Two"}}',
      '{"task_status": {"status": "Complete"}}',
    ];
    const events = frames.flatMap((data) => decoder.decode({ data }));
    const state = replayTranscript([new TextEncoder().encode(frames.map((data) => `data: ${data}\n\n`).join(''))], { dialect: 'boosted' }).state;
    expect(events.filter((event) => event.type === 'message-start')).toHaveLength(2);
    expect(toSnapshot(state).items.map((item) => item.kind === 'message' && item.text)).toEqual(['One', 'Two']);
  });
});

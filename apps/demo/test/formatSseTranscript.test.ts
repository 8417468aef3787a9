import { describe, expect, it } from 'vitest';
import { createSseReader, replayTranscript, toSnapshot } from '@threadline/headless';
import type { SseMessage } from '@threadline/headless';
import { formatSseTranscript } from '../src/inspector/formatSseTranscript';
import { transcriptFileName } from '../src/inspector/transcriptFileName';

// createSseReader is eventsource-parser behind the reader `pnpm replay` uses.
function parse(text: string): SseMessage[] {
  const messages: SseMessage[] = [];
  const reader = createSseReader({ onMessage: (message) => messages.push(message) });
  reader.push(new TextEncoder().encode(text));
  reader.end();
  return messages;
}

const frames: SseMessage[] = [
  { event: undefined, data: '{"message_chunk": {"message": "Hello", "final_chunk": false}}', id: undefined },
  { event: 'thread.message.delta', data: '{"id":"msg_1","delta":{"content":[]}}', id: undefined },
  { event: 'done', data: '[DONE]', id: '42' },
  { event: undefined, data: 'first line\nsecond line\n\nfourth after an empty one', id: undefined },
  { event: 'multi', data: '{\n  "pretty": true\n}', id: 'a b' },
  { event: undefined, data: '', id: undefined },
  { event: undefined, data: '  two leading spaces and a trailing one ', id: undefined },
  { event: 'x', data: ': not a comment inside data', id: undefined },
  { event: undefined, data: 'emoji 🚀 and ünïcödé', id: undefined },
];

describe('formatSseTranscript', () => {
  it('writes frames that eventsource-parser reads back as the same frames, multi-line data, names and ids included', () => {
    expect(parse(formatSseTranscript(frames))).toEqual(frames);
  });

  it('writes event, id and one data line per line of data, with a blank line after each frame', () => {
    expect(formatSseTranscript([{ event: 'done', data: 'a\nb', id: '7' }, { data: '{}' }])).toBe('event: done\nid: 7\ndata: a\ndata: b\n\ndata: {}\n\n');
  });

  it('puts a comment at the top that readers skip', () => {
    const text = formatSseTranscript(frames.slice(0, 2), 'Threadline inspector\nsecond line');
    expect(text.startsWith(': Threadline inspector\n: second line\n\n')).toBe(true);
    expect(parse(text)).toEqual(frames.slice(0, 2));
  });

  it('gives replay the same thread as decoding the frames directly', () => {
    const boosted: SseMessage[] = [
      { data: '{"message_work_in_progress": {"log": "Looking"}}' },
      { data: '{"message_chunk": {"message": "Line one\\n\\n- item", "final_chunk": false}}' },
      { data: '{"message_chunk": {"message": " two", "final_chunk": true}}' },
      { data: '{"message": {"message": "Line one\\n\\n- item two", "message_metadata": {"citations": []}}}' },
      { data: '{"task_status": {"status": "Complete"}}' },
    ];
    const fromText = replayTranscript([new TextEncoder().encode(formatSseTranscript(boosted, 'a comment'))]);
    const direct = replayTranscript([new TextEncoder().encode(boosted.map((frame) => `data: ${frame.data}\n\n`).join(''))]);
    expect(fromText.dialect).toBe('boosted');
    expect(toSnapshot(fromText.state)).toEqual(toSnapshot(direct.state));
    expect(toSnapshot(fromText.state).items).toMatchObject([{ kind: 'message', role: 'assistant', text: 'Line one\n\n- item two', status: 'complete' }]);
  });
});

describe('transcriptFileName', () => {
  it('names the file threadline-<dialect>-<timestamp>.sse without colons', () => {
    expect(transcriptFileName('chatkit', new Date('2025-03-04T05:06:07.089Z'))).toBe('threadline-chatkit-2025-03-04T05-06-07-089Z.sse');
  });
});

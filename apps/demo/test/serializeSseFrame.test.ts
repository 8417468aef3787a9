import { describe, expect, it } from 'vitest';
import { parseSseTranscript } from '../src/replay/parseSseTranscript';
import { replaySamples } from '../src/replay/replaySamples';
import { serializeSseFrame } from '../src/sse/serializeSseFrame';

describe('serializeSseFrame', () => {
  it('writes the event, id and each data line, then the blank line', () => {
    expect(serializeSseFrame({ event: 'thread.message.delta', id: '7', data: 'one\ntwo' })).toBe('event: thread.message.delta\nid: 7\ndata: one\ndata: two\n\n');
    expect(serializeSseFrame({ data: '{"type":"done"}' })).toBe('data: {"type":"done"}\n\n');
  });

  it('gives back the same frames when a serialized transcript is parsed again', () => {
    for (const sample of replaySamples) {
      const first = parseSseTranscript(sample.text);
      if (!first.ok) throw new Error(first.error);
      const again = parseSseTranscript(first.transcript.frames.map(serializeSseFrame).join(''));
      expect(again).toEqual(first);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseSseTranscript } from '../src/replay/parseSseTranscript';
import { replaySamples } from '../src/replay/replaySamples';

describe('parseSseTranscript', () => {
  it('splits every sample into frames and recognises its dialect', () => {
    const dialects = replaySamples.map((sample) => {
      const parsed = parseSseTranscript(sample.text);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.transcript.frames.length).toBeGreaterThan(10);
      return parsed.transcript.dialect;
    });
    expect(dialects).toEqual(['boosted', 'assistants', 'teammate', 'chatkit']);
  });

  it('keeps event names and joins multi-line data as the SSE format says', () => {
    const parsed = parseSseTranscript('event: thread.created\ndata: {"id":\ndata: "thread_1"}\n\nevent: done\ndata: [DONE]\n');
    expect(parsed).toEqual({
      ok: true,
      transcript: {
        dialect: 'assistants',
        frames: [
          { event: 'thread.created', data: '{"id":\n"thread_1"}', id: undefined },
          { event: 'done', data: '[DONE]', id: undefined },
        ],
      },
    });
  });

  it('refuses an empty file', () => {
    expect(parseSseTranscript('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseSseTranscript(' \n\n ')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  it('refuses text with no SSE frames', () => {
    const parsed = parseSseTranscript('{"type": "text-delta", "delta": "hi"}\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/No SSE frames found/);
  });

  it('refuses binary content', () => {
    const parsed = parseSseTranscript('PK\u0003\u0004\u0000\u0000data: x\n\n');
    expect(!parsed.ok && parsed.error).toMatch(/not a text file/);
  });

  it('refuses frames in no dialect Threadline speaks, naming the four it knows', () => {
    const parsed = parseSseTranscript('data: {"foo": 1}\n\ndata: {"bar": 2}\n\n');
    expect(parsed).toEqual({
      ok: false,
      error: 'Could not recognise the dialect: the first frames are not Boosted, OpenAI Assistants, Teammate or ChatKit.',
    });
  });
});

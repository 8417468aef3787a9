import { describe, expect, it } from 'vitest';
import { createThreadStore } from '../src/store/createThreadStore';
import { checkHeapFlat } from '../../../bench/soak/checkHeapFlat';
import { createManualFrames } from '../../../bench/soak/createManualFrames';
import { checkSoakThread } from '../../../bench/soak/node/checkSoakThread';
import type { SoakThreadReport } from '../../../bench/soak/page/SoakPageApi';

const MB = 2 ** 20;
const limit = { ratio: 0.1, bytes: 5 * MB };

describe('checkHeapFlat', () => {
  it('calls a heap flat when it grows less than the margin from the first sample to the last', () => {
    const result = checkHeapFlat(
      [
        { events: 100_000, heapBytes: 8 * MB },
        { events: 500_000, heapBytes: 9 * MB },
        { events: 1_000_000, heapBytes: 8.5 * MB },
      ],
      limit,
    );
    expect(result.flat).toBe(true);
    expect(result.growthBytes).toBe(0.5 * MB);
    expect(result.allowedBytes).toBe(5 * MB);
  });

  it('fails a heap that grows past the margin', () => {
    const result = checkHeapFlat(
      [
        { events: 100_000, heapBytes: 8 * MB },
        { events: 1_000_000, heapBytes: 14 * MB },
      ],
      limit,
    );
    expect(result.flat).toBe(false);
    expect(result.growthBytes).toBe(6 * MB);
  });

  it('allows the share of the first sample when it is the larger margin', () => {
    const result = checkHeapFlat(
      [
        { events: 100_000, heapBytes: 100 * MB },
        { events: 1_000_000, heapBytes: 109 * MB },
      ],
      limit,
    );
    expect(result.allowedBytes).toBe(10 * MB);
    expect(result.flat).toBe(true);
  });

  it('reports the growth per million events as the least-squares slope', () => {
    const samples = [0, 1, 2, 3].map((step) => ({ events: 100_000 + step * 300_000, heapBytes: 8 * MB + step * 0.3 * MB }));
    expect(checkHeapFlat(samples, limit).slopeBytesPerMillion).toBeCloseTo(MB, 0);
  });

  it('needs two samples', () => {
    expect(() => checkHeapFlat([{ events: 100_000, heapBytes: MB }], limit)).toThrow(RangeError);
  });
});

describe('checkSoakThread', () => {
  const exact: SoakThreadReport = {
    threadId: 't1',
    status: 'complete',
    chunkFrames: 400,
    streamedLength: 9_319,
    storedLength: 9_319,
    serverLength: 9_319,
    storedMatchesServer: true,
    streamedMatchesServer: true,
    serverHash: 'abcd0123',
    replacedAtEnd: false,
    firstChunkMs: 400,
    lastChunkMs: 6_000,
    completeMs: 6_050,
  };
  const expected = { chunks: 400, textLength: 9_319, textHash: 'abcd0123' };

  it('finds nothing wrong with a thread that received every chunk once', () => {
    expect(checkSoakThread(exact, expected)).toEqual({ lostChunks: 0, duplicatedChunks: 0, problems: [] });
  });

  it('counts lost chunks, even when the final message made the stored text right again', () => {
    const check = checkSoakThread({ ...exact, chunkFrames: 397, streamedLength: 9_300, streamedMatchesServer: false, replacedAtEnd: true }, expected);
    expect(check.lostChunks).toBe(3);
    expect(check.problems).toEqual([
      '3 of 400 chunks lost',
      'the streamed text (9300 characters) differs from the server\'s (9319)',
      'the final message replaced the streamed text',
    ]);
  });

  it('counts duplicated chunks', () => {
    const check = checkSoakThread({ ...exact, chunkFrames: 402 }, expected);
    expect(check.duplicatedChunks).toBe(2);
    expect(check.problems).toEqual(['2 chunks more than the 400 written']);
  });

  it('fails a thread whose server answer is not the scenario text, or whose run did not complete', () => {
    const check = checkSoakThread({ ...exact, status: 'running', serverHash: 'ffff0000' }, expected);
    expect(check.problems).toEqual(['the run is running, not complete', "the server's answer (9319 characters) is not the scenario's (9319)"]);
  });
});

describe('createManualFrames', () => {
  it("holds the store's network events until the frame is run by hand", () => {
    const frames = createManualFrames();
    const store = createThreadStore({ scheduleFrame: frames.scheduleFrame, throttleMs: 0, eagerFirstAndLastWords: false });
    store.enqueue('t1', [{ type: 'message-start', messageId: 'm1', role: 'assistant' }]);
    expect(store.getThread('t1')).toBeUndefined();
    expect(frames.runFrame()).toBe(1);
    expect(store.getThread('t1')?.items).toHaveLength(1);
    expect(frames.runFrame()).toBe(0);
  });
});

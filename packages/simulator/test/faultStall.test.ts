import { describe, expect, it } from 'vitest';
import { createThread, postMessage } from './boostedHttp';
import type { RawChunk } from './openRawStream';
import { openRawStream, splitFrames } from './openRawStream';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const isHeartbeat = (frame: Buffer) => frame.toString().startsWith(':');

/** The longest silence between two chunks, and every byte that came before it. */
function longestSilence(chunks: readonly RawChunk[]): { silenceMs: number; before: Buffer } {
  let longest = { silenceMs: 0, before: Buffer.alloc(0) };
  for (let index = 1; index < chunks.length; index++) {
    const silenceMs = (chunks[index]?.at ?? 0) - (chunks[index - 1]?.at ?? 0);
    if (silenceMs > longest.silenceMs) longest = { silenceMs, before: Buffer.concat(chunks.slice(0, index).map((chunk) => chunk.bytes)) };
  }
  return longest;
}

describe('stall fault', () => {
  it('writes nothing, heartbeats included, for the duration after three frames, then finishes on the same connection', async () => {
    const base = `${await start({ heartbeatMs: 20 })}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const stream = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'stall; after=3; duration-ms=300' } });
    await stream.waitFor((body) => body.includes(': keep-alive'));
    let closedEarly = false;
    void stream.closed.then(() => (closedEarly = true));

    await postMessage(base, threadId, 'hello');
    await stream.waitFor((body) => body.includes('"task_status"'));

    const { silenceMs, before } = longestSilence(stream.chunks);
    // Without the stall no silence lasts past a 20 ms heartbeat; some slack for delivery jitter.
    expect(silenceMs).toBeGreaterThanOrEqual(270);
    const framesBefore = splitFrames(before).frames.filter((frame) => !isHeartbeat(frame));
    expect(framesBefore).toHaveLength(3);
    expect(closedEarly).toBe(false);
    const frames = splitFrames(stream.body()).frames.filter((frame) => !isHeartbeat(frame));
    expect(frames.length).toBeGreaterThan(50);

    const length = stream.body().length;
    await stream.waitFor((body) => body.length > length && body.subarray(length).includes(': keep-alive'));
    stream.close();
  });

  it('stalls from the first byte with after=0, while the run goes on without it', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const stream = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'stall; after=0; duration-ms=200' } });
    const posted = performance.now();
    await postMessage(base, threadId, 'hello');
    await stream.waitFor((body) => body.includes('"task_status"'));
    expect((stream.chunks[0]?.at ?? 0) - posted).toBeGreaterThanOrEqual(150);
    stream.close();
  });
});

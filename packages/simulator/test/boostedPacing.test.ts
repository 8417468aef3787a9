import { describe, expect, it } from 'vitest';
import { createLongReport, createPacer, createScheduler, formatPacingHeader, pacingHeader, splitPacedText } from '../src/index';
import { createThread, postMessage } from './boostedHttp';
import { connectSse, decodeBoostedFrames, hasCompleted } from './connectSse';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const question = 'Write a huge 20,000-token report';

async function streamChunks(pacing: string): Promise<{ chunks: string[]; elapsedMs: number; message: unknown }> {
  const base = `${await start()}/boosted`;
  const threadId = await createThread(base);
  const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
  const startedAt = performance.now();
  const response = await postMessage(base, threadId, question, { [pacingHeader]: pacing });
  expect(response.status).toBe(200);
  await stream.waitFor(hasCompleted, 15_000);
  const elapsedMs = performance.now() - startedAt;
  stream.close();
  const frames = decodeBoostedFrames(stream.events);
  const chunks = frames.filter((frame) => frame.name === 'message_chunk').map((frame) => frame.data.message as string);
  return { chunks, elapsedMs, message: frames.find((frame) => frame.name === 'message')?.data.message };
}

describe('x-simulator-pacing: a per-request pace for a Boosted answer', () => {
  it('streams the long answer one word per chunk, on a schedule of deltas per second', async () => {
    const pacing = { deltasPerSecond: 1000, maxDeltas: 300 };
    const { chunks, elapsedMs, message } = await streamChunks(formatPacingHeader(pacing));

    expect(chunks).toEqual(splitPacedText(createLongReport(), pacing));
    expect(chunks).toHaveLength(300);
    expect(message).toBe(chunks.join(''));
    // 300 deltas at 1,000 a second: the last is due 299 ms after the first.
    expect(elapsedMs).toBeGreaterThanOrEqual(299);
  });

  it('cuts the answer into chunks of several words when asked', async () => {
    const { chunks } = await streamChunks('deltas-per-second=5000; words-per-delta=4; max-deltas=50');

    expect(chunks).toHaveLength(50);
    expect(chunks.every((chunk) => chunk.trim().split(/\s+/).length === 4)).toBe(true);
    expect(createLongReport().startsWith(chunks.join(''))).toBe(true);
  });

  it('answers 400 to a malformed pacing header and starts no run', async () => {
    const base = `${await start()}/boosted`;
    const threadId = await createThread(base);
    const response = await postMessage(base, threadId, question, { [pacingHeader]: 'deltas-per-second=fast' });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain('deltas-per-second');
    expect((await postMessage(base, threadId, 'plain: hello')).status).toBe(200);
  });
});

describe('createPacer', () => {
  it('settles every delta of a due burst without yielding to the event loop, then waits for the next burst', async () => {
    const pacer = createPacer({ deltasPerSecond: 1000, burst: 50 }, createScheduler());
    let yielded = false;
    setImmediate(() => {
      yielded = true;
    });
    const startedAt = performance.now();
    for (let index = 0; index < 50; index += 1) expect(await pacer.next()).toBe('elapsed');
    expect(yielded).toBe(false);

    expect(await pacer.next()).toBe('elapsed');
    // The second burst is due 50 ms after the first, never earlier.
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(50);
  });

  it('settles as closed once its scheduler closes', async () => {
    const scheduler = createScheduler();
    const pacer = createPacer({ deltasPerSecond: 1 }, scheduler);
    expect(await pacer.next()).toBe('elapsed');
    const waiting = pacer.next();
    scheduler.close();
    expect(await waiting).toBe('closed');
    expect(await pacer.next()).toBe('closed');
  });
});

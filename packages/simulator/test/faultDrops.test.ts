import { describe, expect, it } from 'vitest';
import { createThread, postMessage } from './boostedHttp';
import { openRawStream, splitFrames } from './openRawStream';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const completed = (body: Buffer) => body.includes('"task_status"');

/** The frames of the Boosted plain answer on a stream with no fault. */
async function cleanBoostedFrames(base: string): Promise<Buffer[]> {
  const threadId = await createThread(base);
  const stream = await openRawStream(`${base}/v2/threads/stream/${threadId}`);
  await postMessage(base, threadId, 'hello');
  await stream.waitFor(completed);
  stream.close();
  return splitFrames(stream.body()).frames;
}

/** True when `bytes` ends inside a multi-byte UTF-8 sequence. */
function endsInsideCharacter(bytes: Buffer): boolean {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return false;
    if (byte >= 0xc0) return back < (byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2);
  }
  return false;
}

describe('drop faults', () => {
  it('destroys a Boosted stream halfway through the bytes of the frame after the first five', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const clean = await cleanBoostedFrames(base);
    const threadId = await createThread(base);
    const stream = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'drop-mid-frame; after=5' } });
    await postMessage(base, threadId, 'hello');

    expect(await stream.closed).toEqual({ complete: false });
    const cut = clean[5] ?? Buffer.alloc(0);
    expect(stream.body()).toEqual(Buffer.concat([...clean.slice(0, 5), cut.subarray(0, Math.floor(cut.length / 2))]));
    const { frames, rest } = splitFrames(stream.body());
    expect(frames).toHaveLength(5);
    expect(rest.length).toBeGreaterThan(0);
  });

  it('drops only the first connection of a thread when times=1, so the reconnect streams a whole answer', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const headers = { 'x-simulator-fault': 'drop-mid-frame; after=5; times=1' };
    const first = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers });
    await postMessage(base, threadId, 'hello');
    expect(await first.closed).toEqual({ complete: false });

    const second = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers });
    expect(second.status).toBe(200);
    await postMessage(base, threadId, 'hello again');
    await second.waitFor(completed);
    const { frames, rest } = splitFrames(second.body());
    expect(frames.length).toBeGreaterThan(50);
    expect(rest).toHaveLength(0);
    second.close();
  });

  it('cuts an ASCII-only Boosted frame inside an "é" placed where its text starts', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const stream = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'drop-mid-utf8; after=5' } });
    await postMessage(base, threadId, 'hello');

    expect(await stream.closed).toEqual({ complete: false });
    const { frames, rest } = splitFrames(stream.body());
    expect(frames).toHaveLength(5);
    expect(rest).toEqual(Buffer.concat([Buffer.from('data: {"message_chunk":{"message":"'), Buffer.of(0xc3)]));
    expect(endsInsideCharacter(stream.body())).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(stream.body())).toThrow();
  });

  it('cuts a Teammate frame inside its own em dash, and lets the re-join of that run through', async () => {
    // Paced, so the run is still executing when the client re-joins it.
    const url = await start({ delayMs: 15 });
    const base = `${url}/teammate/scenario/plain/api/v2`;
    // The first frame with a non-ASCII character (the em dash), as an unpaced run shows.
    const dashFrame = 61;
    const headers = { 'x-simulator-fault': `drop-mid-utf8; after=${dashFrame}; times=1` };
    const [clean, faulted] = await Promise.all([
      openRawStream(`${base}/runs/`, { method: 'POST', json: { message: 'tickets' } }),
      openRawStream(`${base}/runs/`, { method: 'POST', json: { message: 'tickets' }, headers }),
    ]);
    expect(await faulted.closed).toEqual({ complete: false });
    await clean.waitFor((body) => splitFrames(body).frames.length > dashFrame);
    const cleanFrames = splitFrames(clean.body()).frames;
    expect(cleanFrames.findIndex((frame) => frame.toString().includes('—'))).toBe(dashFrame);
    const { frames, rest } = splitFrames(faulted.body());
    expect(frames.slice(1)).toEqual(cleanFrames.slice(1, dashFrame));
    const whole = cleanFrames[dashFrame] ?? Buffer.alloc(0);
    const dashAt = whole.indexOf('—');
    expect(rest).toEqual(whole.subarray(0, dashAt + 1));
    expect(rest.at(-1)).toBe(0xe2);

    const runId = JSON.parse(frames[0]?.toString().slice('data: '.length) ?? '{}').payload.run_id as number;
    const rejoin = await openRawStream(`${base}/runs/${runId}/stream`, { headers });
    expect(rejoin.status).toBe(200);
    expect(await rejoin.closed).toEqual({ complete: true });
    await clean.closed;
    // The metadata frame names the run, and run_metrics its timing: the rest is the same answer.
    const answer = (body: Buffer) => splitFrames(body).frames.slice(1).filter((frame) => !frame.includes('run_metrics'));
    expect(answer(rejoin.body())).toEqual(answer(clean.body()));
  });
});

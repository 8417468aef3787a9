import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';
import { createThread, postMessage } from './boostedHttp';
import { connectSse, decodeBoostedFrames, hasCompleted } from './connectSse';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Boosted stream', () => {
  it('opens with text/event-stream headers before any event is sent', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache');
    stream.close();
  });

  it('streams the plain scenario as logs, word chunks, a final chunk, the full message and Complete', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'Summarize Apple results');
    await stream.waitFor(hasCompleted);

    const frames = decodeBoostedFrames(stream.events);
    expect(frames.slice(0, 2).map((frame) => frame.name)).toEqual(['message_work_in_progress', 'message_work_in_progress']);
    expect(frames.slice(-2).map((frame) => frame.name)).toEqual(['message', 'task_status']);
    const chunks = frames.filter((frame) => frame.name === 'message_chunk');
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.map((chunk) => chunk.data.final_chunk)).toEqual(chunks.map((_, index) => index === chunks.length - 1));
    const text = chunks.map((chunk) => chunk.data.message as string).join('');
    expect(text).toContain('**Apple (AAPL)**');
    expect(text).toContain('\n- ');
    expect(frames.at(-2)?.data).toEqual({ message: text, message_metadata: { citations: [] } });
    expect(frames.at(-1)?.data).toEqual({ status: 'Complete' });
    stream.close();
  });

  it('sends a stream only the events emitted after it connected and keeps it open across turns', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const early = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'first');
    await early.waitFor(hasCompleted);
    const firstRunEvents = early.events.length;

    const late = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(late.events).toEqual([]);

    await postMessage(base, threadId, 'second');
    const twoCompletes = (events: typeof early.events) => decodeBoostedFrames(events).filter((frame) => frame.name === 'task_status').length === 2;
    await early.waitFor(twoCompletes);
    await late.waitFor(hasCompleted);
    expect(late.events).toEqual(early.events.slice(firstRunEvents));
    early.close();
    late.close();
  });

  it('delivers every frame to each of two streams open on the same thread', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const first = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    const second = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'How has NVIDIA data-center revenue trended?');
    await first.waitFor(hasCompleted);
    await second.waitFor(hasCompleted);
    expect(second.events).toEqual(first.events);
    expect(first.events.length).toBeGreaterThan(60);
    first.close();
    second.close();
  });

  it("uses an event: line with the inner object when framing is 'event', per option or per query", async () => {
    running = await startSimulator({ port: 0, delayMs: 0, boostedFraming: 'event' });
    const base = `${running.url}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const byOption = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    const byQuery = await connectSse(`${base}/v2/threads/stream/${threadId}?framing=key`);
    await postMessage(base, threadId, 'hello');
    await byOption.waitFor(hasCompleted);
    await byQuery.waitFor(hasCompleted);

    const chunk = byOption.events.find((event) => event.event === 'message_chunk');
    expect(JSON.parse(chunk?.data ?? '')).toEqual({ message: expect.any(String), final_chunk: false });
    expect(byOption.events.every((event) => event.event !== undefined)).toBe(true);
    expect(byOption.events.at(-1)).toMatchObject({ event: 'task_status', data: '{"status":"Complete"}' });
    expect(byQuery.events.every((event) => event.event === undefined)).toBe(true);
    expect(decodeBoostedFrames(byQuery.events)).toEqual(decodeBoostedFrames(byOption.events));
    byOption.close();
    byQuery.close();
  });

  it('rejects an unknown framing query with 400', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const response = await fetch(`${base}/v2/threads/stream/${threadId}?framing=xml`);
    expect(response.status).toBe(400);
  });

  it('sends keep-alive comments at the heartbeat interval', async () => {
    running = await startSimulator({ port: 0, delayMs: 0, heartbeatMs: 20 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await stream.waitFor(() => stream.comments.length >= 2);
    expect(stream.comments.slice(0, 2)).toEqual(['keep-alive', 'keep-alive']);
    expect(stream.events).toEqual([]);
    stream.close();
  });

  it('ends open streams when the simulator closes', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await running.close();
    await stream.ended;
    expect(stream.events).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';
import { createThread, postMessage, getJson } from './boostedHttp';
import type { MessagesPage } from './boostedHttp';
import { connectSse, decodeBoostedFrame, decodeBoostedFrames, hasCompleted } from './connectSse';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Boosted run control', () => {
  it('answers 409 to a second message while a run is active', async () => {
    running = await startSimulator({ port: 0, delayMs: 5 });
    const base = `${running.url}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    expect((await postMessage(base, threadId, 'first')).status).toBe(200);
    const second = await postMessage(base, threadId, 'second');
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ detail: 'A task is already running for this thread' });
  });

  it('cancels a run mid-stream with a final "User cancelled message" chunk, a message_cancelled confirmation, the partial message and Complete', async () => {
    running = await startSimulator({ port: 0, delayMs: 2 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'Run a long screen', { 'x-simulator-scenario': 'cancel' });
    await stream.waitFor((events) => decodeBoostedFrames(events).filter((frame) => frame.name === 'message_chunk').length >= 5);

    const cancel = await fetch(`${base}/v2/threads/${threadId}/task`, { method: 'DELETE' });
    expect(await cancel.json()).toEqual({ success: true });
    await stream.waitFor(hasCompleted);

    const frames = decodeBoostedFrames(stream.events);
    const chunks = frames.filter((frame) => frame.name === 'message_chunk');
    expect(chunks.length).toBeLessThan(200);
    expect(chunks.at(-1)?.data).toEqual({ message: '\n\nUser cancelled message', final_chunk: true });
    expect(chunks.slice(0, -1).every((chunk) => chunk.data.final_chunk === false)).toBe(true);
    const text = chunks.map((chunk) => chunk.data.message as string).join('');
    expect(frames.slice(-3)).toEqual([
      { name: 'message_cancelled', data: {} },
      { name: 'message', data: { message: text, message_metadata: { citations: [] } } },
      { name: 'task_status', data: { status: 'Complete' } },
    ]);
    expect(await getJson(`${base}/v2/threads/${threadId}/progress`)).toMatchObject({ progress_data: { status: 'Complete' } });
    const page = await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages`);
    expect(page.messages.at(-1)?.message).toBe(text);
    stream.close();
  });

  it('answers success and emits nothing when cancelling with no active run', async () => {
    running = await startSimulator({ port: 0, delayMs: 0, heartbeatMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    const cancel = await fetch(`${base}/v2/threads/${threadId}/task`, { method: 'DELETE' });
    expect(await cancel.json()).toEqual({ success: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stream.events).toEqual([]);
    stream.close();
  });

  it('closed-early ends the response without a final frame, yet the run completes and is stored in full', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'Compare Tesla deliveries, then drop the connection');
    await stream.ended;

    const frames = decodeBoostedFrames(stream.events);
    const names = frames.map((frame) => frame.name);
    expect(names.filter((name) => name === 'message_chunk').length).toBeGreaterThanOrEqual(8);
    expect(names).not.toContain('message');
    expect(names).not.toContain('task_status');
    expect(frames.some((frame) => frame.data.final_chunk === true)).toBe(false);
    const streamed = frames.filter((frame) => frame.name === 'message_chunk').map((frame) => frame.data.message as string).join('');

    for (let attempt = 0; attempt < 100; attempt += 1) {
      const progress = await getJson<{ progress_data: { status: string } | null }>(`${base}/v2/threads/${threadId}/progress`);
      if (progress.progress_data?.status === 'Complete') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await getJson(`${base}/v2/threads/${threadId}/progress`)).toMatchObject({ progress_data: { status: 'Complete' } });
    const page = await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages`);
    const stored = page.messages.at(-1)?.message ?? '';
    expect(stored.startsWith(streamed)).toBe(true);
    expect(stored.length).toBeGreaterThan(streamed.length);
    expect(stored.endsWith('before it expired.')).toBe(true);
  });

  it('malformed emits exactly one invalid JSON frame and then finishes normally', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'Send a malformed frame');
    await stream.waitFor(hasCompleted);

    const invalidIndexes = stream.events.flatMap((event, index) => (decodeBoostedFrame(event) ? [] : [index]));
    expect(invalidIndexes).toHaveLength(1);
    const invalidIndex = invalidIndexes[0] ?? -1;
    expect(stream.events[invalidIndex]?.data).toBe('{"message_chunk": {"message": "broken');
    const after = decodeBoostedFrames(stream.events.slice(invalidIndex + 1));
    expect(after.some((frame) => frame.name === 'message_chunk')).toBe(true);
    expect(after.slice(-2).map((frame) => frame.name)).toEqual(['message', 'task_status']);
    const text = decodeBoostedFrames(stream.events)
      .filter((frame) => frame.name === 'message_chunk')
      .map((frame) => frame.data.message as string)
      .join('');
    expect(after.at(-2)?.data.message).toBe(text);
    expect(text).not.toContain('broken');
    stream.close();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createBoostedApi, createThreadlineClient, replayTranscript, toSnapshot } from '@threadline/headless';
import type { SseMessage, ThreadlineClient, ThreadSnapshot, ThreadState } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { formatSseTranscript } from '../src/inspector/formatSseTranscript';

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;

afterEach(async () => {
  client?.disconnectAll();
  client = null;
  await simulator?.close();
  simulator = null;
});

function waitForThread(threads: ThreadlineClient, key: string, predicate: (thread: ThreadState) => boolean, timeoutMs = 15_000): Promise<ThreadState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out; thread is ${JSON.stringify(threads.threadStore.getThread(key)?.status)}`));
    }, timeoutMs);
    const check = () => {
      threads.threadStore.flush();
      const thread = threads.threadStore.getThread(key);
      if (!thread || !predicate(thread)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(thread);
    };
    const unsubscribe = threads.threadStore.store.subscribe(check);
    check();
  });
}

const complete = (thread: ThreadState) => thread.status === 'complete';
const messages = (snapshot: ThreadSnapshot) => snapshot.items.filter((item) => item.kind === 'message');
const replay = (frames: readonly SseMessage[]) => toSnapshot(replayTranscript([new TextEncoder().encode(formatSseTranscript(frames, 'test'))]).state);

describe('the playground scenarios through the real controllers, decoders and reducer', () => {
  it('Boosted thousand-messages leaves 1,000 messages in the thread, and the exported frames replay to the same answers', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient();
    const baseUrl = `${simulator.url}/boosted/scenario/thousand-messages`;
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('thousand');
    const frames: SseMessage[] = [];
    const controller = client.getController(threadId, { dialect: 'boosted', baseUrl, onFrame: (frame) => frames.push(frame) });
    const detach = controller.attach();
    await controller.send('Show me the history');
    const thread = toSnapshot(await waitForThread(client, threadId, complete));
    detach();

    const all = messages(thread);
    expect(all).toHaveLength(1000);
    expect(all[0]).toMatchObject({ role: 'user', text: 'Show me the history' });
    expect(all.slice(1).every((message) => message.role === 'assistant' && message.status === 'complete')).toBe(true);
    expect(all.at(-1)?.text).toContain('1,000 messages');

    // The stream carries no user messages: the question is the client's own.
    const replayed = replay(frames);
    expect(replayed.items).toEqual(thread.items.filter((item) => item.kind !== 'message' || item.role !== 'user'));
    expect(replayed.thread.status).toBe('complete');
  });

  it('ChatKit thousand-messages leaves 1,000 messages in the thread, and the exported frames replay to the same thread', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient();
    const frames: SseMessage[] = [];
    const controller = client.getController('thousand', { dialect: 'chatkit', baseUrl: `${simulator.url}/chatkit`, onFrame: (frame) => frames.push(frame) });
    await controller.send('Load a thread of a thousand messages');
    const thread = toSnapshot(await waitForThread(client, 'thousand', complete));

    const all = messages(thread);
    expect(all).toHaveLength(1000);
    expect(all.filter((message) => message.role === 'user')).toHaveLength(500);
    expect(all[998]).toMatchObject({ role: 'user', text: 'Load a thread of a thousand messages' });
    expect(all[999]?.text).toContain('1,000 messages');

    const replayed = replay(frames);
    expect(replayed.items).toEqual(thread.items);
    expect(replayed.thread).toEqual(thread.thread);
  });

  it('ChatKit long-answer puts a report of more than 20,000 tokens in one message (words × 1.3 and characters / 4)', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient();
    const controller = client.getController('long', { dialect: 'chatkit', baseUrl: `${simulator.url}/chatkit` });
    await controller.send('Write a huge 20,000-token report');
    const answer = messages(toSnapshot(await waitForThread(client, 'long', complete))).at(-1);
    const text = answer?.text ?? '';
    expect(answer?.role).toBe('assistant');
    expect(text.split(/\s+/).filter(Boolean).length * 1.3).toBeGreaterThanOrEqual(20_000);
    expect(text.length / 4).toBeGreaterThanOrEqual(20_000);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createBoostedApi, createChatKitApi, createThreadlineClient, messageText, selectItems, toChatKitThreadEvents } from '@threadline/headless';
import type { ConnectionState, MessageItem, ThreadlineClient, ThreadState } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { waitForThread } from './waitForThread';

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await simulator?.close();
  simulator = null;
});

const settled = (thread: ThreadState) => !['running', 'queued', 'cancelling'].includes(thread.status);
const answers = (thread: ThreadState) => selectItems(thread).filter((item): item is MessageItem => item.kind === 'message' && item.role === 'assistant');

/** Every connection state a thread goes through, without repeats. */
function recordConnection(client: ThreadlineClient, key: string): ConnectionState[] {
  const states: ConnectionState[] = [];
  client.threadStore.store.subscribe((state) => {
    const connection = state.connections[key];
    if (connection && connection !== states.at(-1)) states.push(connection);
  });
  return states;
}

const faultHeaders = (fault: string) => async () => ({ 'x-simulator-fault': fault });

describe('connection recovery', () => {
  it('Boosted: a stream that stalls mid-answer is seen stalled, reconnected, and the answer ends whole', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 5, heartbeatMs: 20 });
    const baseUrl = `${simulator.url}/boosted`;
    const api = createBoostedApi({ baseUrl });
    // The answer starts before two heartbeats could be learned: the fallback timeout applies.
    client = createThreadlineClient({ reconnectDelayMs: 5, recoveryPollMs: 20, stallTimeoutMs: 200 });
    const { threadId } = await api.createThread('stall');
    const states = recordConnection(client, threadId);
    const controller = client.getController(threadId, { dialect: 'boosted', baseUrl, headers: faultHeaders('stall; after=4; duration-ms=3000; times=1') });
    controller.attach();
    await controller.send('Show NVIDIA data-center revenue with sources');
    const thread = await waitForThread(client, threadId, (state) => state.status === 'complete', 10_000);

    const truth = await api.getLatestMessage(threadId);
    expect(answers(thread)).toHaveLength(1);
    expect(answers(thread)[0]!.citations).toHaveLength(truth!.citations.length);
    expect(messageText(answers(thread)[0]!)).toContain('supply constraints should ease in the second half.');
    // A live connection state shows at the next frame, so the last ones may follow the answer's end.
    await expect.poll(() => states).toEqual(expect.arrayContaining(['open', 'stalled', 'reconnecting']));
    expect(states.indexOf('stalled')).toBeLessThan(states.lastIndexOf('reconnecting'));
    await expect.poll(() => client!.threadStore.store.getState().connections[threadId]).toBe('open');
    expect(thread.error).toBeNull();
  });

  it('Assistants: a run refused with 429 is asked again after its Retry-After, once', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient({ reconnectDelayMs: 5 });
    const states = recordConnection(client, 'run');
    const controller = client.getController('run', { dialect: 'assistants', baseUrl: `${simulator.url}/assistants/v1`, assistantId: 'asst_1', headers: faultHeaders('status-429; retry-after=1; times=1') });
    const started = performance.now();
    await controller.send('Hello');
    const thread = await waitForThread(client, 'run', settled, 10_000);

    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(thread.status).toBe('complete');
    expect(thread.error).toBeNull();
    expect(selectItems(thread).filter((item) => item.kind === 'message' && item.role === 'user')).toHaveLength(1);
    expect(states.slice(0, 3)).toEqual(['connecting', 'reconnecting', 'open']);
  });

  it("ChatKit: a response cut mid-frame is read back from the server, so the thread is the server's", async () => {
    simulator = await startSimulator({ port: 0, delayMs: 2 });
    const baseUrl = `${simulator.url}/chatkit`;
    client = createThreadlineClient({ reconnectDelayMs: 5 });
    const states = recordConnection(client, 'chat');
    const controller = client.getController('chat', { dialect: 'chatkit', baseUrl, headers: faultHeaders('drop-mid-frame; after=6; times=1') });
    await controller.send('Hello');
    // The broken stream ends the run at once; the read-back follows.
    const thread = await waitForThread(client, 'chat', (state) => settled(state) && state.error !== null, 10_000);

    const serverItems = await createChatKitApi({ baseUrl }).listItems(thread.id!);
    const truth = toChatKitThreadEvents({ id: thread.id, items: serverItems }).filter((event) => event.type === 'message-start');
    expect(selectItems(thread).filter((item) => item.kind === 'message').map((item) => item.id)).toEqual(truth.map((event) => event.type === 'message-start' && event.messageId));
    expect(thread.status).toBe('incomplete');
    expect(thread.error).toMatchObject({ retryable: true, message: 'The stream broke before the answer ended; the thread now shows what the server kept of it.' });
    expect(states).toEqual(expect.arrayContaining(['open', 'reconnecting', 'closed']));
  });

  it('Teammate: a run whose stream drops is re-joined, reading reconnecting, and its text is not doubled', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 2 });
    const baseUrl = `${simulator.url}/teammate/api/v2`;
    client = createThreadlineClient({ reconnectDelayMs: 5 });
    const states = recordConnection(client, 'run');
    const clean = createThreadlineClient();
    const truthController = clean.getController('run', { dialect: 'teammate', baseUrl });
    await truthController.send('Hello');
    const truth = await waitForThread(clean, 'run', settled, 10_000);

    const controller = client.getController('run', { dialect: 'teammate', baseUrl, headers: faultHeaders('drop-mid-utf8; after=3; times=1') });
    await controller.send('Hello');
    const thread = await waitForThread(client, 'run', settled, 10_000);

    expect(thread.status).toBe('complete');
    expect(answers(thread).map(messageText)).toEqual(answers(truth).map(messageText));
    expect(states).toEqual(expect.arrayContaining(['open', 'reconnecting']));
  });

  it('keeps a question the server never took on the thread, beside the error', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient({ reconnectDelayMs: 5 });
    const refused = faultHeaders('status-401');
    const { threadId } = await createBoostedApi({ baseUrl: `${simulator.url}/boosted` }).createThread('refused');
    const boosted = client.getController(threadId, { dialect: 'boosted', baseUrl: `${simulator.url}/boosted`, headers: refused });
    await expect(boosted.send('Are you there?')).rejects.toMatchObject({ kind: 'auth' });
    const chatkit = client.getController('chat', { dialect: 'chatkit', baseUrl: `${simulator.url}/chatkit`, headers: refused });
    await expect(chatkit.send('Hello?')).rejects.toMatchObject({ kind: 'auth' });

    // Asked again, an unanswered question takes its own place rather than showing twice.
    await expect(boosted.retry()).rejects.toMatchObject({ kind: 'auth' });

    for (const [key, question] of [[threadId, 'Are you there?'], ['chat', 'Hello?']] as const) {
      const thread = client.threadStore.getThread(key)!;
      expect(selectItems(thread).map((item) => item.kind === 'message' && [item.role, messageText(item)])).toEqual([['user', question]]);
      expect(thread.status).toBe('failed');
      expect(thread.error).toMatchObject({ kind: 'auth', retryable: false });
    }
  });
});

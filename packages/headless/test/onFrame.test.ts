import { afterEach, describe, expect, it } from 'vitest';
import { createBoostedApi, createThreadlineClient, createThreadState, reduceThreadEvents, toSnapshot } from '@threadline/headless';
import type { SseMessage, ThreadEvent, ThreadlineClient } from '@threadline/headless';
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

const settled = (status: string) => !['running', 'queued', 'cancelling', 'idle'].includes(status);

describe('onFrame: every raw frame with the events decoded from it', () => {
  it('ChatKit: the frames arrive in order, and their events alone rebuild the thread the store holds', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient();
    const seen: Array<{ frame: SseMessage; events: readonly ThreadEvent[] }> = [];
    const controller = client.getController('chat', {
      dialect: 'chatkit',
      baseUrl: `${simulator.url}/chatkit/scenario/workflow`,
      onFrame: (frame, events) => seen.push({ frame, events }),
    });
    await controller.send('Which phone lasts longer?');
    const thread = await waitForThread(client, 'chat', (state) => settled(state.status));
    expect(seen.length).toBeGreaterThan(10);
    expect(JSON.parse(seen[0]!.frame.data).type).toBe('thread.created');
    expect(seen.some(({ events }) => events.some((event) => event.type === 'widget-update'))).toBe(true);

    // The local echo of the user message and the run start are the controller's, not a frame's.
    const local = createThreadState({ id: 'chat' });
    const rebuilt = reduceThreadEvents(local, seen.flatMap(({ events }) => events));
    const assistantText = (snapshot: ReturnType<typeof toSnapshot>) => snapshot.items.filter((item) => item.kind !== 'message' || item.role === 'assistant');
    expect(assistantText(toSnapshot(rebuilt))).toEqual(assistantText(toSnapshot(thread)));
  });

  it('Boosted: the persistent stream reports its frames too, a malformed one with the protocol error it caused', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient();
    const baseUrl = `${simulator.url}/boosted/scenario/malformed`;
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('frames');
    const frames: Array<{ data: string; events: readonly ThreadEvent[] }> = [];
    const controller = client.getController(threadId, { dialect: 'boosted', baseUrl, onWarning: () => {}, onFrame: (frame, events) => frames.push({ data: frame.data, events }) });
    const detach = controller.attach();
    await controller.send('Hello');
    await waitForThread(client, threadId, (state) => settled(state.status));
    detach();
    const malformed = frames.filter((frame) => {
      try {
        JSON.parse(frame.data);
        return false;
      } catch {
        return true;
      }
    });
    expect(malformed).toHaveLength(1);
    expect(malformed[0]!.events).toEqual([expect.objectContaining({ type: 'run-error', error: expect.objectContaining({ kind: 'protocol' }) })]);
    expect(frames.filter((frame) => frame.events.some((event) => event.type === 'text-delta')).length).toBeGreaterThan(3);
  });
});

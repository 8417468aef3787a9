import { afterEach, describe, expect, it, vi } from 'vitest';
import { createThreadlineClient, toSnapshot } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';

// The "." entry must work with no React at all.
vi.mock('react', () => ({}));
vi.mock('react-dom', () => ({}));

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await simulator?.close();
});

function settled(client: ThreadlineClient, threadId: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const status = client.threadStore.getThread(threadId)?.status;
      if (status && status !== 'running' && status !== 'idle') {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = client.threadStore.store.subscribe(check);
    check();
  });
}

describe('the core without React', () => {
  it('streams a whole Boosted answer from the simulator into the store', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    client = createThreadlineClient();
    const baseUrl = `${simulator.url}/boosted`;
    const { createBoostedApi } = await import('@threadline/headless');
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('vanilla');
    const controller = client.getController(threadId, { dialect: 'boosted', baseUrl });
    controller.attach();
    await controller.send('Show NVIDIA data-center revenue with sources');
    await settled(client, threadId);

    const snapshot = toSnapshot(client.threadStore.getThread(threadId)!);
    expect(snapshot.thread.status).toBe('complete');
    expect(snapshot.items.map((item) => item.kind === 'message' && item.role)).toEqual(['user', 'assistant']);
    const answer = snapshot.items[1];
    if (answer?.kind !== 'message') throw new Error('no answer');
    expect(answer.parts.filter((part) => part.type === 'artifact')).toHaveLength(2);
    expect(answer.citations).toHaveLength(6);
    expect(answer.text).not.toContain('artifact_id');
    expect(snapshot.progress.length).toBeGreaterThan(0);
  });
});

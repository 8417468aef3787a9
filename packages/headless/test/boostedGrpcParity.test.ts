import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoostedApi, createThreadlineClient, messageText, openSseStream, selectItems, toSnapshot } from '@threadline/headless';
import type { BoostedConnection, ThreadlineClient, ThreadlineClientOptions, ThreadSnapshot, ThreadState } from '@threadline/headless';
import { createBoostedGrpcTransport } from '@threadline/headless/grpc';
import { createBoostedNodeGrpcTransport } from '@threadline/headless/grpc/node';
import { boostedScenarioNames, startSimulator } from '@threadline/simulator';
import type { BoostedScenarioName, RunningSimulator } from '@threadline/simulator';
import { waitForThread } from './waitForThread';

// Every transport watches the same run of the same thread, so artifact ids and the like are the
// same for all: only the transport differs. The message is posted beside them (no observer's
// `send`), so no store has a local copy of the question either.
interface Observer {
  name: string;
  client: ThreadlineClient;
  transport: BoostedConnection['transport'];
  /** The data of the last frame the thread's stream delivered. */
  lastFrame: string;
}

const observerOptions: Record<string, { transport: 'sse' | 'grpc'; options: ThreadlineClientOptions }> = {
  SSE: { transport: 'sse', options: { sseTransport: openSseStream } },
  // The client's default: the Connect protocol over fetch, loaded with import().
  'Connect (browser form)': { transport: 'grpc', options: {} },
  'gRPC-web (browser form)': { transport: 'grpc', options: { grpcTransport: ({ baseUrl }) => createBoostedGrpcTransport({ baseUrl, protocol: 'grpc-web' }) } },
  'gRPC over HTTP/2 (Node, bidirectional)': { transport: 'grpc', options: { grpcTransport: ({ baseUrl }) => createBoostedNodeGrpcTransport({ baseUrl }) } },
};

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0, delayMs: 1 });
});
afterAll(async () => {
  await simulator.close();
});

// The last frame of a run: SSE's task status, the gRPC stream's complete message, or a worker error.
const lastOfRun = /^\{"(task_status|message_event|worker_error|worker_error_event)"/;
const ended = (thread: ThreadState) => thread.run !== null && ['complete', 'failed', 'cancelled'].includes(thread.status);

async function observe(threadId: string, baseUrl: string): Promise<Observer[]> {
  const observers = Object.entries(observerOptions).map(([name, { transport, options }]): Observer => {
    const observer: Observer = {
      name,
      transport,
      client: createThreadlineClient({ ...options, reconnectDelayMs: 5, recoveryPollMs: 20 }),
      lastFrame: '',
    };
    observer.client
      .getController(threadId, { dialect: 'boosted', baseUrl, transport, onFrame: (frame) => (observer.lastFrame = frame.data), onWarning: () => undefined })
      .attach();
    return observer;
  });
  for (const { client } of observers) await expect.poll(() => client.threadStore.store.getState().connections[threadId]).toBe('open');
  return observers;
}

async function play(scenario: BoostedScenarioName): Promise<Map<string, ThreadSnapshot>> {
  const baseUrl = `${simulator.url}/boosted`;
  const { threadId } = await createBoostedApi({ baseUrl }).createThread(`parity ${scenario}`);
  const observers = await observe(threadId, baseUrl);
  try {
    const pinned = createBoostedApi({ baseUrl: `${baseUrl}/scenario/${scenario}` });
    await pinned.postMessage(threadId, `Play ${scenario}`);
    if (scenario === 'cancel') {
      // Every transport has seen part of the answer when the task is cancelled.
      for (const { client } of observers) {
        await waitForThread(client, threadId, (thread) => selectItems(thread).some((item) => item.kind === 'message' && messageText(item).length > 200));
      }
      await pinned.cancelTask(threadId);
    }
    const snapshots = new Map<string, ThreadSnapshot>();
    for (const observer of observers) {
      // Polled: the run's last frame may change nothing in the store (a task status after a
      // cancel). A stream the server closed early never sees it: recovery ends the run.
      const read = () => {
        observer.client.threadStore.flush();
        return observer.client.threadStore.getThread(threadId)!;
      };
      await expect.poll(() => ended(read()) && (scenario === 'closed-early' || lastOfRun.test(observer.lastFrame)), { timeout: 15_000 }).toBe(true);
      snapshots.set(observer.name, toSnapshot(read()));
    }
    return snapshots;
  } finally {
    for (const { client } of observers) client.disconnectAll();
  }
}

describe('Boosted over gRPC: the same thread as over SSE', () => {
  it.each(boostedScenarioNames)('%s: every gRPC form reaches the snapshot SSE reaches', async (scenario) => {
    const snapshots = await play(scenario);
    const sse = snapshots.get('SSE')!;
    expect(sse.run?.status).toBe(scenario === 'cancel' ? 'cancelled' : scenario === 'worker-error' ? 'failed' : 'complete');
    expect(sse.items.length).toBeGreaterThan(0);
    for (const [name, snapshot] of snapshots) {
      if (scenario === 'malformed' && name !== 'SSE') {
        // An invalid JSON frame has no gRPC form: over gRPC the step is a payload the client's
        // schema does not know, skipped with a warning. Everything else is the same.
        expect(sse.error).toMatchObject({ kind: 'protocol', message: expect.stringContaining('Malformed Boosted frame') });
        expect(snapshot.error).toBeNull();
        expect({ ...snapshot, error: sse.error }, name).toEqual(sse);
      } else {
        expect(snapshot, name).toEqual(sse);
      }
    }
  });
});

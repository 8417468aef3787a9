import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistantsApi, createBoostedApi, createChatKitApi, createTeammateApi, createThreadlineClient, openSseStream, requestJson } from '@threadline/headless';
import type { ThreadlineClient, ThreadState } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { startLoopbackServer } from './loopbackServer';
import { waitForThread } from './waitForThread';

// A bearer token must travel only in the `authorization` header: never in a URL (where proxies,
// server logs and the browser's history keep it), a frame, the thread or an error message.
const token = 'sk-test-7f3a9c1e5b';
const headers = () => ({ authorization: `Bearer ${token}` });

interface Sent {
  url: string;
  authorization: string | null;
}

/** A fetch that records the URL and authorization of every request, then sends it. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    sent.push({ url, authorization: new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization') });
    return fetch(input, init);
  };
}

function expectTokenOnlyInHeaders(sent: readonly Sent[]): void {
  expect(sent.length).toBeGreaterThan(0);
  for (const request of sent) {
    expect(request.url).not.toContain(token);
    expect(decodeURIComponent(request.url)).not.toContain(token);
    expect(request.authorization).toBe(`Bearer ${token}`);
  }
}

const ended = (thread: ThreadState) => ['complete', 'failed', 'cancelled', 'requires_action'].includes(thread.status);

let simulator: RunningSimulator;
const clients: ThreadlineClient[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, delayMs: 0 });
});

afterEach(() => {
  for (const client of clients.splice(0)) client.disconnectAll();
});

afterAll(() => simulator.close());

async function converse(threadId: string, options: Parameters<ThreadlineClient['getController']>[1]) {
  const client = createThreadlineClient({ recoveryPollMs: 10 });
  clients.push(client);
  const frames: string[] = [];
  const controller = client.getController(threadId, { ...options, onWarning: () => {}, onFrame: (frame) => frames.push(JSON.stringify(frame)) });
  // A refused post rejects here and is also the thread's error, which the tests read.
  await controller.send('Use your tools and cite your sources').catch(() => undefined);
  const thread = await waitForThread(client, threadId, ended, 10_000);
  return { thread, frames };
}

describe('a bearer token given as headers', () => {
  it('Boosted: goes only in the authorization header of every request, and nowhere in frames or the thread', async () => {
    const sent: Sent[] = [];
    const baseUrl = `${simulator.url}/boosted`;
    const api = createBoostedApi({ baseUrl, headers, fetch: recordingFetch(sent) });
    const { threadId } = await api.createThread('token test');
    const { thread, frames } = await converse(threadId, { dialect: 'boosted', baseUrl, headers, fetch: recordingFetch(sent) });
    await api.getProgress(threadId);
    await api.getLatestMessage(threadId);
    await api.cancelTask(threadId).catch(() => undefined);
    await api.getArtifact(threadId, 'missing').catch(() => undefined);

    expect(thread.status).toBe('complete');
    expect(sent.map((request) => request.url)).toContainEqual(expect.stringContaining(`/v2/threads/stream/${threadId}`));
    expectTokenOnlyInHeaders(sent);
    expect(api.streamUrl(threadId)).not.toContain(token);
    expect(JSON.stringify(thread)).not.toContain(token);
    expect(frames.join('\n')).not.toContain(token);
  });

  it('Assistants: goes only in the authorization header of every request, and nowhere in frames or the thread', async () => {
    const sent: Sent[] = [];
    const baseUrl = `${simulator.url}/assistants/scenario/tools/v1`;
    const { thread, frames } = await converse('assistants', { dialect: 'assistants', baseUrl, assistantId: 'asst_demo', headers, fetch: recordingFetch(sent) });
    const api = createAssistantsApi({ baseUrl, assistantId: 'asst_demo', headers, fetch: recordingFetch(sent) });
    const threadId = thread.id ?? 'thread_missing';
    const runId = thread.run?.id ?? 'run_missing';
    await api.getRun(threadId, runId).catch(() => undefined);
    await api.listRunMessages(threadId, runId).catch(() => undefined);
    await api.cancelRun(threadId, runId).catch(() => undefined);
    for (const request of [api.createThreadAndRun('hi'), api.createRun(threadId, 'hi'), api.submitToolOutputs(threadId, runId, [])]) {
      expect(request.url).not.toContain(token);
    }

    expect(thread.status).not.toBe('failed');
    expect(sent.map((request) => request.url)).toContainEqual(`${baseUrl}/threads/runs`);
    expectTokenOnlyInHeaders(sent);
    expect(JSON.stringify(thread)).not.toContain(token);
    expect(frames.join('\n')).not.toContain(token);
  });

  it('Teammate: goes only in the authorization header of every request, and nowhere in frames or the thread', async () => {
    const sent: Sent[] = [];
    const baseUrl = `${simulator.url}/teammate/scenario/tools/api/v2`;
    const { thread, frames } = await converse('teammate', { dialect: 'teammate', baseUrl, headers, fetch: recordingFetch(sent) });
    const api = createTeammateApi({ baseUrl, headers, fetch: recordingFetch(sent) });
    const runId = thread.run?.id ?? 'missing';
    await api.getRun(runId).catch(() => undefined);
    await api.listPermissions(runId).catch(() => undefined);
    await api.cancelRun(runId).catch(() => undefined);
    for (const request of [api.createRunStream('hi'), api.replyStream(runId, 'hi'), api.joinStream(runId)]) expect(request.url).not.toContain(token);

    expect(thread.status).toBe('complete');
    expect(sent.map((request) => request.url)).toContainEqual(`${baseUrl}/runs/`);
    expectTokenOnlyInHeaders(sent);
    expect(JSON.stringify(thread)).not.toContain(token);
    expect(frames.join('\n')).not.toContain(token);
  });

  it('ChatKit: goes only in the authorization header of every request, and nowhere in frames or the thread', async () => {
    const sent: Sent[] = [];
    const baseUrl = `${simulator.url}/chatkit/scenario/workflow`;
    const { thread, frames } = await converse('chatkit', { dialect: 'chatkit', baseUrl, headers, fetch: recordingFetch(sent) });
    const api = createChatKitApi({ baseUrl, headers, fetch: recordingFetch(sent) });
    const threadId = thread.id ?? 'missing';
    await api.getThread(threadId).catch(() => undefined);
    await api.listItems(threadId).catch(() => undefined);
    await openSseStream({ ...api.addUserMessage(threadId, 'again'), signal: new AbortController().signal, fetch: recordingFetch(sent), onMessage: () => {} });

    expect(thread.status).toBe('complete');
    expect(sent.filter((request) => request.url === baseUrl)).toHaveLength(4);
    expectTokenOnlyInHeaders(sent);
    expect(JSON.stringify(thread)).not.toContain(token);
    expect(frames.join('\n')).not.toContain(token);
  });

  it('is not in the error of a refused request, a failed stream or a thread that failed', async () => {
    const server = await startLoopbackServer((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      response.end('{"detail":"Not authenticated"}');
    });
    try {
      const rest = await requestJson(`${server.url}/v2/threads`, { headers }).catch((error: unknown) => error);
      const stream = await openSseStream({ url: `${server.url}/stream`, headers, signal: new AbortController().signal, onMessage: () => {} }).catch((error: unknown) => error);
      const { thread } = await converse('refused', { dialect: 'chatkit', baseUrl: `${server.url}/chatkit`, headers });

      for (const error of [rest, stream, thread.error]) {
        expect(error).toMatchObject({ message: expect.stringContaining('401') });
        expect(JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}))).not.toContain(token);
      }
    } finally {
      await server.close();
    }
  });
});

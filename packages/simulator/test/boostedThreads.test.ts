import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(): Promise<string> {
  running = await startSimulator({ port: 0, delayMs: 0 });
  return `${running.url}/boosted`;
}

async function createThread(base: string, name = 'Research'): Promise<string> {
  const response = await fetch(`${base}/v2/threads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ thread_name: name }),
  });
  const body = (await response.json()) as { thread_id: string };
  return body.thread_id;
}

describe('Boosted threads', () => {
  it('creates a thread and answers with a uuid v4 thread_id', async () => {
    const base = await start();
    const response = await fetch(`${base}/v2/threads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ thread_name: 'Semis' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { thread_id: string };
    expect(body.thread_id).toMatch(uuidV4);
  });

  it('answers 422 with a FastAPI-style detail when thread_name is missing or the body is not JSON', async () => {
    const base = await start();
    const expected = { detail: [{ loc: ['body', 'thread_name'], msg: 'Field required', type: 'missing' }] };
    for (const body of ['{}', 'not json', '', JSON.stringify({ thread_name: 42 })]) {
      const response = await fetch(`${base}/v2/threads`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual(expected);
    }
  });

  it('lists created threads with their names and creation times', async () => {
    const base = await start();
    const first = await createThread(base, 'First');
    const second = await createThread(base, 'Second');
    const response = await fetch(`${base}/v2/threads`);
    const body = (await response.json()) as { threads: { thread_id: string; thread_name: string; created_at: string }[] };
    expect(body.threads.map((thread) => [thread.thread_id, thread.thread_name])).toEqual([
      [first, 'First'],
      [second, 'Second'],
    ]);
    expect(Number.isNaN(Date.parse(body.threads[0]?.created_at ?? ''))).toBe(false);
  });

  it('answers 404 Thread not found for every thread route with an unknown id', async () => {
    const base = await start();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const requests: [string, string][] = [
      ['GET', `/v2/threads/stream/${unknown}`],
      ['POST', `/v2/threads/${unknown}/messages`],
      ['GET', `/v2/threads/${unknown}/messages`],
      ['GET', `/v2/threads/${unknown}/progress`],
      ['DELETE', `/v2/threads/${unknown}/task`],
      ['GET', `/v2/threads/${unknown}/artifacts/abc`],
    ];
    for (const [method, path] of requests) {
      const response = await fetch(`${base}${path}`, { method, body: method === 'POST' ? 'message=hi' : null });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toEqual({ detail: 'Thread not found' });
    }
  });

  it('answers 404 Artifact not found for an unknown artifact on a known thread', async () => {
    const base = await start();
    const threadId = await createThread(base);
    const response = await fetch(`${base}/v2/threads/${threadId}/artifacts/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Artifact not found' });
  });

  it('answers 404 JSON for a path no dialect owns when standalone', async () => {
    const base = await start();
    for (const url of [`${running?.url}/elsewhere`, `${base}/v2/unknown`]) {
      const response = await fetch(url);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: 'Not Found' });
    }
  });

  it('rejects an empty or missing message with 422 and starts no run', async () => {
    const base = await start();
    const threadId = await createThread(base);
    const missing = await fetch(`${base}/v2/threads/${threadId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({ detail: [{ loc: ['body', 'message'], msg: 'Field required', type: 'missing' }] });
    const empty = await fetch(`${base}/v2/threads/${threadId}/messages`, { method: 'POST', body: new URLSearchParams({ message: '  ' }) });
    expect(empty.status).toBe(422);
    const progress = await fetch(`${base}/v2/threads/${threadId}/progress`);
    expect(await progress.json()).toEqual({ progress_data: null });
  });

  it('answers 400 with the scenario names for an unknown pinned or header scenario', async () => {
    const base = await start();
    const threadId = await createThread(base);
    const pinned = await fetch(`${base}/scenario/nope/v2/threads/${threadId}/messages`, { method: 'POST', body: new URLSearchParams({ message: 'hi' }) });
    expect(pinned.status).toBe(400);
    const pinnedBody = (await pinned.json()) as { scenarios: string[] };
    expect(pinnedBody.scenarios).toEqual(['plain', 'citations-artifacts', 'progress', 'closed-early', 'cancel', 'malformed', 'artifact-gallery', 'long-answer', 'thousand-messages', 'rename', 'worker-error']);
    const header = await fetch(`${base}/v2/threads/${threadId}/messages`, {
      method: 'POST',
      headers: { 'x-simulator-scenario': 'nope' },
      body: new URLSearchParams({ message: 'hi' }),
    });
    expect(header.status).toBe(400);
  });

  it('accepts a form-encoded message and returns success with a message id', async () => {
    const base = await start();
    const threadId = await createThread(base);
    const response = await fetch(`${base}/v2/threads/${threadId}/messages`, { method: 'POST', body: new URLSearchParams({ message: 'hello' }) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { success: boolean; message_id: string };
    expect(body.success).toBe(true);
    expect(body.message_id).toMatch(uuidV4);
  });
});

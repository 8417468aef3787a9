import { describe, expect, it } from 'vitest';
import { assistantsEventNames, createThreadAndRun } from './assistantsHttp';
import { createThread, getJson, postMessage } from './boostedHttp';
import type { MessagesPage } from './boostedHttp';
import { chatkitJson, userInput } from './chatkitHttp';
import { postJson } from './jsonHttp';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

describe('response faults', () => {
  it('answers a Boosted stream with a 503 JSON error, or the 5xx status and Retry-After it names', async () => {
    const base = `${await start()}/boosted`;
    const threadId = await createThread(base);
    const unavailable = await fetch(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'status-5xx' } });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(unavailable.headers.get('retry-after')).toBeNull();
    expect(await unavailable.json()).toEqual({ detail: 'Service Unavailable' });

    const badGateway = await fetch(`${base}/v2/threads/stream/${threadId}?fault=status-5xx;status=502;retry-after=3`);
    expect(badGateway.status).toBe(502);
    expect(badGateway.headers.get('retry-after')).toBe('3');
    expect(await badGateway.json()).toEqual({ detail: 'Bad Gateway' });
  });

  it('answers 429 with Retry-After once, then lets the retried Assistants run stream', async () => {
    const base = `${await start()}/assistants/scenario/plain/v1`;
    const headers = { 'x-simulator-fault': 'status-429; retry-after=7; times=1' };
    const limited = await postJson(`${base}/threads/runs`, { assistant_id: 'asst_test', thread: { messages: [{ role: 'user', content: 'sleep' }] }, stream: true }, headers);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.json()).toEqual({ detail: 'Too Many Requests' });

    const retried = await createThreadAndRun(base, 'sleep', headers);
    expect(retried.response.status).toBe(200);
    await retried.ended;
    expect(assistantsEventNames(retried.events).at(-1)).toBe('done');
  });

  it('answers a Boosted post 429 with a one-second Retry-After without storing the message', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const headers = { 'x-simulator-fault': 'status-429; times=1' };
    const limited = await postMessage(base, threadId, 'hello', headers);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages`)).total_message_count).toBe(0);

    const retried = await postMessage(base, threadId, 'hello', headers);
    expect(retried.status).toBe(200);
    expect((await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages`)).messages[0]?.message).toBe('hello');
  });

  it('answers a Teammate run 401 Not authenticated without creating it', async () => {
    const base = `${await start()}/teammate/api/v2`;
    const answer = await postJson(`${base}/runs/`, { message: 'hello' }, { 'x-simulator-fault': 'status-401' });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(await answer.text()).toBe('{"detail":"Not authenticated"}');
    expect(await getJson(`${base}/runs`)).toEqual({ data: [], has_more: false });
  });

  it("answers a ChatKit stream with a proxy's 502 HTML page without creating the thread", async () => {
    const url = `${await start()}/chatkit`;
    const answer = await postJson(url, { type: 'threads.create', params: { input: userInput('hello') } }, { 'x-simulator-fault': 'html-error' });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await answer.text()).toContain('<title>502 Bad Gateway</title>');
    expect(await chatkitJson(url, 'threads.list', {})).toMatchObject({ data: [] });
  });

  it('answers a Boosted stream 200 with an HTML page instead of an event stream', async () => {
    const base = `${await start()}/boosted`;
    const threadId = await createThread(base);
    const answer = await fetch(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'wrong-content-type' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await answer.text()).toMatch(/^<!doctype html>/);
  });
});

import { describe, expect, it } from 'vitest';
import { faultNames, faultsByDialect } from '../src/index';
import { createThread, getJson, postMessage } from './boostedHttp';
import type { MessagesPage } from './boostedHttp';
import { userInput } from './chatkitHttp';
import { postJson } from './jsonHttp';
import { openRawStream } from './openRawStream';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const unknownFault = `x-simulator-fault: unknown fault "explode"; known faults: ${faultNames.join(', ')}`;

describe('fault validation', () => {
  it('answers 400 naming the known faults when a Boosted stream asks for an unknown one, by header or query', async () => {
    const base = `${await start()}/boosted`;
    const threadId = await createThread(base);
    const byHeader = await fetch(`${base}/v2/threads/stream/${threadId}`, { headers: { 'x-simulator-fault': 'explode' } });
    expect(byHeader.status).toBe(400);
    expect(await byHeader.json()).toEqual({ detail: unknownFault, faults: faultsByDialect.boosted });
    const byQuery = await fetch(`${base}/v2/threads/stream/${threadId}?fault=explode`);
    expect(byQuery.status).toBe(400);
    expect(((await byQuery.json()) as { detail: string }).detail).toBe(unknownFault);
  });

  it('answers 400 to an unknown fault on the streaming requests of Assistants, Teammate and ChatKit', async () => {
    const url = await start();
    const headers = { 'x-simulator-fault': 'explode' };
    const answers = await Promise.all([
      postJson(`${url}/assistants/v1/threads/runs`, { assistant_id: 'asst_test', thread: { messages: [{ role: 'user', content: 'hi' }] }, stream: true }, headers),
      postJson(`${url}/teammate/api/v2/runs/`, { message: 'hi' }, headers),
      postJson(`${url}/chatkit`, { type: 'threads.create', params: { input: userInput('hi') } }, headers),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { detail: string }).detail).toBe(unknownFault);
    }
    expect(await getJson(`${url}/teammate/api/v2/runs`)).toEqual({ data: [], has_more: false });
  });

  it('answers 400 when a dialect whose streams cannot be re-joined is asked to duplicate after a reconnect', async () => {
    const url = await start();
    const headers = { 'x-simulator-fault': 'duplicate-after-reconnect; times=1' };
    const assistants = await postJson(`${url}/assistants/v1/threads/runs`, { assistant_id: 'asst_test', thread: { messages: [{ role: 'user', content: 'hi' }] }, stream: true }, headers);
    expect(assistants.status).toBe(400);
    expect(await assistants.json()).toEqual({
      detail: 'duplicate-after-reconnect does not apply to assistants: an Assistants stream cannot be re-joined; after a drop, clients read the run and its messages',
      faults: faultsByDialect.assistants,
    });
    const chatkit = await postJson(`${url}/chatkit?fault=duplicate-after-reconnect`, { type: 'threads.create', params: { input: userInput('hi') } });
    expect(chatkit.status).toBe(400);
    expect(((await chatkit.json()) as { detail: string }).detail).toMatch(/^duplicate-after-reconnect does not apply to chatkit: /);
  });

  it('answers 400 to an invalid parameter before the Boosted post stores the message', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const answer = await postMessage(base, threadId, 'hello', { 'x-simulator-fault': 'status-5xx; status=404' });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ detail: 'x-simulator-fault: status must be an integer from 500 to 599, not "404"' });
    expect((await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages`)).total_message_count).toBe(0);
  });

  it('ignores a stream fault on the Boosted post, which answers JSON, without using up its times', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const headers = { 'x-simulator-fault': 'drop-mid-frame; after=2; times=1' };
    const stream = await openRawStream(`${base}/v2/threads/stream/${threadId}`, { headers });
    const answer = await postMessage(base, threadId, 'hello', headers);
    expect(answer.status).toBe(200);
    expect(await stream.closed).toEqual({ complete: false });
  });

  it('lets a browser send the fault header and read Retry-After cross-origin', async () => {
    const url = await start();
    const preflight = await fetch(`${url}/boosted/v2/threads`, { method: 'OPTIONS' });
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-simulator-fault');
    expect(preflight.headers.get('access-control-expose-headers')).toContain('retry-after');
  });
});

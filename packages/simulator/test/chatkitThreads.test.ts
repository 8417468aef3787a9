import { afterEach, describe, expect, it } from 'vitest';
import type { ChatKitItem, ChatKitPage, ChatKitThread, RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';
import { chatkitEventNames, chatkitJson, chatkitStream, chatkitText, decodeChatKitEvents, userInput } from './chatkitHttp';
import { postJson } from './jsonHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(delayMs = 0): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs });
  return `${running.url}/chatkit`;
}

async function createThread(url: string, text = 'hello'): Promise<string> {
  const stream = await chatkitStream(url, 'threads.create', { input: userInput(text) });
  await stream.ended;
  return decodeChatKitEvents(stream.events)[0].thread.id as string;
}

describe('ChatKit threads', () => {
  it('adds a user message to an existing thread: the stream starts with that message, then stream_options', async () => {
    const url = await start();
    const threadId = await createThread(url);
    const stream = await chatkitStream(url, 'threads.add_user_message', { thread_id: threadId, input: userInput('hello again') });
    await stream.ended;

    const events = decodeChatKitEvents(stream.events);
    expect(chatkitEventNames(stream.events).slice(0, 2)).toEqual(['thread.item.done:user_message', 'stream_options']);
    expect(events[0].item).toMatchObject({ thread_id: threadId, content: [{ type: 'input_text', text: 'hello again' }] });
    expect(chatkitEventNames(stream.events)).not.toContain('thread.created');
    expect(chatkitEventNames(stream.events)).not.toContain('thread.updated');

    const thread = await chatkitJson<ChatKitThread>(url, 'threads.get_by_id', { thread_id: threadId });
    expect(thread).toMatchObject({ id: threadId, title: 'Roth vs traditional IRA', status: { type: 'active' }, metadata: {} });
    expect(thread.items.data.map((item) => item.type)).toEqual(['user_message', 'assistant_message', 'user_message', 'assistant_message']);
    expect(thread.items.data[3]).toMatchObject({ type: 'assistant_message', content: [{ text: chatkitText(stream.events) }] });
  });

  it('persists the partial answer when the client aborts, and keeps the hidden context out of every answer', async () => {
    const url = await start(1);
    const threadId = await createThread(url);
    const stream = await chatkitStream(url, 'threads.add_user_message', { thread_id: threadId, input: userInput('Write a long blog post') });
    await stream.waitFor((events) => events.filter((event) => event.data.includes('content_part.text_delta')).length >= 5);
    stream.close();
    const received = chatkitText(stream.events);

    let items: ChatKitItem[] = [];
    for (let attempt = 0; attempt < 200 && items.length < 4; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      items = (await chatkitJson<ChatKitThread>(url, 'threads.get_by_id', { thread_id: threadId })).items.data;
    }
    expect(items.map((item) => item.type)).toEqual(['user_message', 'assistant_message', 'user_message', 'assistant_message']);
    const partial = items[3];
    const partialText = partial?.type === 'assistant_message' ? (partial.content[0]?.text ?? '') : '';
    expect(partialText.startsWith(received)).toBe(true);
    expect(partialText.length).toBeLessThan(1500);
    const listed = await chatkitJson<ChatKitPage<ChatKitItem>>(url, 'items.list', { thread_id: threadId, order: 'asc' });
    expect(listed.data.map((item) => item.type)).toEqual(['user_message', 'assistant_message', 'user_message', 'assistant_message']);
    expect(JSON.stringify(listed)).not.toContain('sdk_hidden_context');

    const next = await chatkitStream(url, 'threads.add_user_message', { thread_id: threadId, input: userInput('hello') });
    await next.ended;
    expect(chatkitEventNames(next.events).at(-1)).toBe('thread.item.done:assistant_message');
  });

  it('pages items with limit, order and after', async () => {
    const url = await start();
    const threadId = await createThread(url);
    await (await chatkitStream(url, 'threads.add_user_message', { thread_id: threadId, input: userInput('hello') })).ended;
    const all = await chatkitJson<ChatKitPage<ChatKitItem>>(url, 'items.list', { thread_id: threadId, order: 'asc', limit: 10 });
    expect(all.data).toHaveLength(4);
    expect(all.has_more).toBe(false);
    expect('after' in all).toBe(false);

    const first = await chatkitJson<ChatKitPage<ChatKitItem>>(url, 'items.list', { thread_id: threadId, order: 'asc', limit: 3 });
    expect(first).toMatchObject({ has_more: true, after: all.data[2]?.id });
    const second = await chatkitJson<ChatKitPage<ChatKitItem>>(url, 'items.list', { thread_id: threadId, order: 'asc', limit: 3, after: first.after });
    expect(second.data.map((item) => item.id)).toEqual([all.data[3]?.id]);
    const newestFirst = await chatkitJson<ChatKitPage<ChatKitItem>>(url, 'items.list', { thread_id: threadId });
    expect(newestFirst.data.map((item) => item.id)).toEqual(all.data.map((item) => item.id).reverse());
  });

  it('lists, renames and deletes threads, and records feedback on known items', async () => {
    const url = await start();
    const older = await createThread(url);
    const newer = await createThread(url);
    const list = await chatkitJson<ChatKitPage<ChatKitThread>>(url, 'threads.list', {});
    expect(list.data.map((thread) => thread.id)).toEqual([newer, older]);
    expect(list.data[0]?.items).toEqual({ data: [], has_more: false });

    const renamed = await chatkitJson<ChatKitThread>(url, 'threads.update', { thread_id: older, title: 'Renamed' });
    expect(renamed).toMatchObject({ id: older, title: 'Renamed' });
    const items = (await chatkitJson<ChatKitThread>(url, 'threads.get_by_id', { thread_id: older })).items.data;
    expect(await chatkitJson(url, 'items.feedback', { thread_id: older, item_ids: [items[1]?.id], kind: 'positive' })).toEqual({});
    const unknownItem = await postJson(url, { type: 'items.feedback', params: { thread_id: older, item_ids: ['msg_nope'], kind: 'negative' } });
    expect(unknownItem.status).toBe(404);

    expect(await chatkitJson(url, 'threads.delete', { thread_id: older })).toEqual({});
    const gone = await postJson(url, { type: 'threads.get_by_id', params: { thread_id: older } });
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ detail: `Thread ${older} not found` });
  });

  it('answers 400 JSON before streaming for a malformed body and 404 JSON for an unknown thread', async () => {
    const url = await start();
    const bodies = ['not json', JSON.stringify({ type: 'threads.create', params: {} }), JSON.stringify({ type: 'threads.explode', params: {} })];
    for (const body of bodies) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({ detail: expect.stringMatching(/^Invalid ChatKit request: /) });
    }
    const unknown = await postJson(url, { type: 'threads.add_user_message', params: { thread_id: 'thr_nope', input: userInput('hi') } });
    expect(unknown.status).toBe(404);
    const notUser = await postJson(url, { type: 'threads.retry_after_item', params: { thread_id: await createThread(url), item_id: 'msg_nope' } });
    expect(notUser.status).toBe(400);
  });

  it('requires the bearer token when one is configured', async () => {
    running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs: 0, token: 'secret' });
    const url = `${running.url}/chatkit`;
    const rejected = await postJson(url, { type: 'threads.list', params: {} });
    expect(rejected.status).toBe(401);
    expect(await rejected.json()).toEqual({ detail: 'Not authenticated' });
    const stream = await chatkitStream(url, 'threads.create', { input: userInput('hello') }, { authorization: 'Bearer secret' });
    await stream.ended;
    expect(chatkitEventNames(stream.events)[0]).toBe('thread.created');
  });
});

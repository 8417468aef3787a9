import { afterEach, describe, expect, it } from 'vitest';
import { createBoostedApi } from '@threadline/headless';
import { startLoopbackServer } from './loopbackServer';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

describe('createBoostedApi', () => {
  it('finds the newest message of a thread longer than one page', async () => {
    const history = Array.from({ length: 150 }, (_, index) => ({ message_id: `m${index}`, is_user_message: index % 2 === 0, message: `text ${index}` }));
    const server = await startLoopbackServer((request, response) => {
      const query = new URL(request.url ?? '/', 'http://local').searchParams;
      const start = Number(query.get('start_index') ?? 0);
      const limit = Number(query.get('limit_num') ?? 25);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ messages: history.slice(start, start + limit), total_message_count: history.length, start_index: start }));
    });
    close = server.close;
    const api = createBoostedApi({ baseUrl: server.url });
    const { getLatestMessage } = api;
    await expect(getLatestMessage('t1')).resolves.toEqual({ id: 'm149', isUser: false, text: 'text 149', citations: [] });
    await expect(api.getMessages('t1', { startIndex: 148, limit: 5 })).resolves.toMatchObject({ total: 150, messages: [{ id: 'm148' }, { id: 'm149' }] });
  });

  it('reads no latest message from an empty thread', async () => {
    const server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"messages": [], "total_message_count": 0, "start_index": 0}');
    });
    close = server.close;
    await expect(createBoostedApi({ baseUrl: server.url }).getLatestMessage('t1')).resolves.toBeNull();
  });
});

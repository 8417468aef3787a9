import { describe, expect, it } from 'vitest';
import { createChatKitApi, openSseStream } from '@threadline/headless';
import { startLoopbackServer } from './loopbackServer';

describe('createChatKitApi', () => {
  it('sends a custom action as its type and payload only, leaving a widget action’s client-side hints behind', async () => {
    const bodies: unknown[] = [];
    const server = await startLoopbackServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies.push(JSON.parse(body));
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.end();
      });
    });
    try {
      const api = createChatKitApi({ baseUrl: `${server.url}/chatkit` });
      const widgetAction = { type: 'save', payload: { id: 7 }, handler: 'server', loadingBehavior: 'self' };
      await openSseStream({ ...api.customAction('thr_1', widgetAction, 'wdg_1'), signal: new AbortController().signal, onMessage: () => {} });
      expect(bodies).toEqual([
        expect.objectContaining({ type: 'threads.custom_action', params: { thread_id: 'thr_1', item_id: 'wdg_1', action: { type: 'save', payload: { id: 7 } } } }),
      ]);
    } finally {
      await server.close();
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { startLoopbackServer } from './loopbackServer';

let close: (() => Promise<void>) | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await close?.();
  close = null;
});

function waitForConnection(client: ThreadlineClient, threadId: string, state: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (client.threadStore.store.getState().connections[threadId] === state) {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = client.threadStore.store.subscribe(check);
    check();
  });
}

describe('thread stream controller', () => {
  it('reopens a persistent stream that the server closed while the thread was idle', async () => {
    let streams = 0;
    const server = await startLoopbackServer((_request, response) => {
      streams += 1;
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      if (streams === 1) response.end(': bye\n\n');
      else response.write(': hello\n\n');
    });
    close = server.close;
    client = createThreadlineClient({ reconnectDelayMs: 5 });
    client.getController('t1', { dialect: 'boosted', baseUrl: server.url }).attach();
    await waitForConnection(client, 't1', 'open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streams).toBe(2);
    expect(client.threadStore.store.getState().connections.t1).toBe('open');
    expect(client.threadStore.getThread('t1')?.error).toBeNull();
  });

  it('does not retry a 404 and records it on the thread', async () => {
    let requests = 0;
    const server = await startLoopbackServer((_request, response) => {
      requests += 1;
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"detail":"Thread not found"}');
    });
    close = server.close;
    client = createThreadlineClient({ reconnectDelayMs: 5 });
    client.getController('gone', { dialect: 'boosted', baseUrl: server.url }).attach();
    await waitForConnection(client, 'gone', 'failed');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests).toBe(1);
    expect(client.threadStore.getThread('gone')?.error).toEqual({ kind: 'http', code: null, retryable: false, message: 'The server answered 404: Thread not found' });
  });

  it('gives up after the configured reconnects when the server keeps failing', async () => {
    let requests = 0;
    const server = await startLoopbackServer((_request, response) => {
      requests += 1;
      response.writeHead(503);
      response.end();
    });
    close = server.close;
    client = createThreadlineClient({ reconnectDelayMs: 1, maxReconnects: 3 });
    client.getController('busy', { dialect: 'boosted', baseUrl: server.url }).attach();
    await waitForConnection(client, 'busy', 'failed');
    expect(requests).toBe(4);
    expect(client.threadStore.getThread('busy')?.error).toMatchObject({ kind: 'http', retryable: true });
  });
  it('sends a question on an open stream before the question renders', async () => {
    const server = await startLoopbackServer((request, response) => {
      if (request.method === 'GET') {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(': open\n\n');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
    close = server.close;
    client = createThreadlineClient();
    const order: string[] = [];
    const controller = client.getController('t1', {
      dialect: 'boosted',
      baseUrl: server.url,
      // A function, evaluated per request, as apps pass a token.
      headers: () => ({ authorization: 'Bearer token' }),
      fetch: (input, init) => {
        if (init?.method === 'POST') order.push('request');
        return fetch(input, init);
      },
    });
    controller.attach();
    await waitForConnection(client, 't1', 'open');
    // React renders a store change in a microtask queued by its listener.
    const unsubscribe = client.threadStore.store.subscribe(() => queueMicrotask(() => order.push('render')));
    await controller.send('Why?');
    unsubscribe();
    expect(order.slice(0, 2)).toEqual(['request', 'render']);
    expect(client.threadStore.getThread('t1')?.items.some((item) => item.kind === 'message' && item.role === 'user')).toBe(true);
  });
  it('sends on a stream the server just closed only once it is open again, though no frame has shown the close yet', async () => {
    const seen: string[] = [];
    let endFirstStream = () => {};
    const server = await startLoopbackServer((request, response) => {
      if (request.method === 'GET') {
        seen.push('stream');
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write(': open\n\n');
        if (seen.length === 1) endFirstStream = () => response.end();
        return;
      }
      seen.push('post');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
    close = server.close;
    // Frames come only when the test runs them, so the close stays queued in the store.
    let frames: Array<() => void> = [];
    const runFrames = () => frames.splice(0).forEach((frame) => frame());
    client = createThreadlineClient({ reconnectDelayMs: 50, scheduleFrame: (callback) => (frames.push(callback), () => (frames = frames.filter((frame) => frame !== callback))) });
    const controller = client.getController('t1', { dialect: 'boosted', baseUrl: server.url });
    controller.attach();
    while (client.threadStore.store.getState().connections.t1 !== 'open') {
      runFrames();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    endFirstStream();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await controller.send('Why?');
    expect(seen).toEqual(['stream', 'stream', 'post']);
  });
});

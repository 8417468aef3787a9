import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openSseStream } from '../src/openSseStream';
import type { SseStream } from '../src/openSseStream';
import { connectSse } from './connectSse';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function serveOneStream(heartbeatMs: number): Promise<{ url: string; stream: Promise<SseStream> }> {
  let resolveStream: (stream: SseStream) => void = () => {};
  const stream = new Promise<SseStream>((resolve) => {
    resolveStream = resolve;
  });
  const server = createServer((_req, res) => resolveStream(openSseStream(res, { heartbeatMs })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stream };
}

describe('openSseStream', () => {
  it('ends the stream and stops its heartbeat when the client disconnects', async () => {
    const { url, stream } = await serveOneStream(5);
    const client = await connectSse(url);
    await client.waitFor(() => client.comments.length >= 1);
    const serverStream = await stream;
    const ended = new Promise<void>((resolve) => serverStream.onEnd(resolve));

    client.close();
    await ended;
    expect(serverStream.ended).toBe(true);
    const heartbeats = client.comments.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(client.comments.length).toBe(heartbeats);
  });

  it('ends the HTTP response when the server ends the stream', async () => {
    const { url, stream } = await serveOneStream(0);
    const client = await connectSse(url);
    const serverStream = await stream;
    serverStream.write('data: one\n\n');
    serverStream.end();
    serverStream.write('data: ignored\n\n');
    await client.ended;
    expect(client.events.map((event) => event.data)).toEqual(['one']);
  });
});

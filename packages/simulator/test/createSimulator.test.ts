import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { createSimulator, startSimulator } from '../src/index';

let running: RunningSimulator | undefined;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await running?.close();
  running = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('createSimulator and startSimulator', () => {
  it('answers 401 Not authenticated without the configured bearer token and 200 with it', async () => {
    running = await startSimulator({ port: 0, delayMs: 0, token: 'secret' });
    const url = `${running.url}/boosted/v2/threads`;
    const rejected: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: 'secret' }];
    for (const headers of rejected) {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ detail: 'Not authenticated' });
    }
    const response = await fetch(url, { headers: { authorization: 'Bearer secret' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ threads: [] });
  });

  it('requires the token on every dialect and answers 503 on every dialect after close', async () => {
    running = await startSimulator({ port: 0, delayMs: 0, token: 'secret' });
    const requests: [string, RequestInit][] = [
      ['/boosted/v2/threads', {}],
      ['/assistants/v1/threads', { method: 'POST', body: '{}' }],
      ['/teammate/api/v2/runs', {}],
      ['/chatkit', { method: 'POST', body: '{"type":"threads.list","params":{}}' }],
    ];
    for (const [path, init] of requests) {
      const rejected = await fetch(`${running.url}${path}`, init);
      expect(rejected.status).toBe(401);
      const accepted = await fetch(`${running.url}${path}`, { ...init, headers: { authorization: 'Bearer secret' } });
      expect(accepted.status).toBe(200);
    }
    running.simulator.close();
    for (const [path, init] of requests) {
      const closed = await fetch(`${running.url}${path}`, { ...init, headers: { authorization: 'Bearer secret' } });
      expect(closed.status).toBe(503);
    }
  });

  it('answers CORS preflights without a token and adds allow-origin to every response', async () => {
    running = await startSimulator({ port: 0, delayMs: 0, token: 'secret' });
    const preflight = await fetch(`${running.url}/boosted/v2/threads`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization, content-type, last-event-id');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE, PATCH, OPTIONS');

    const unauthorized = await fetch(`${running.url}/boosted/v2/threads`);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('hands paths it does not own to next() when used as middleware', async () => {
    const simulator = createSimulator({ delayMs: 0 });
    const server = createServer((req, res) => simulator.handle(req, res, () => res.end('from next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      simulator.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    expect(await (await fetch(`${origin}/index.html`)).text()).toBe('from next');
    expect(await (await fetch(`${origin}/boosted/v2/nowhere`)).text()).toBe('from next');
    const owned = await fetch(`${origin}/boosted/v2/threads`);
    expect(await owned.json()).toEqual({ threads: [] });
  });

  it('listens on a free loopback port when asked for port 0', async () => {
    running = await startSimulator({ port: 0 });
    expect(running.port).toBeGreaterThan(0);
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
  });
});

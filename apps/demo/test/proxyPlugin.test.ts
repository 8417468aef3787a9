import { createServer } from 'node:http';
import type { IncomingHttpHeaders, RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createProxyMiddleware, resolveProxyTarget } from '../proxyPlugin';

const servers: Server[] = [];

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function startProxy(): Promise<string> {
  const middleware = createProxyMiddleware();
  return listen((req, res) =>
    middleware(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not the proxy');
    }),
  );
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('resolveProxyTarget', () => {
  it('appends the path after the prefix to the base URL and keeps both queries', () => {
    expect(resolveProxyTarget('https://api.example.com/v1/', '/threads/t1/runs?limit=5')?.href).toBe('https://api.example.com/v1/threads/t1/runs?limit=5');
    expect(resolveProxyTarget('https://api.example.com/boosted?tenant=a', '/v2/threads?x=1')?.href).toBe('https://api.example.com/boosted/v2/threads?tenant=a&x=1');
  });

  it('keeps the base URL itself when nothing follows the prefix (a ChatKit endpoint)', () => {
    expect(resolveProxyTarget('https://example.com/chatkit', '')?.href).toBe('https://example.com/chatkit');
  });

  it('refuses targets that are not absolute http(s) URLs', () => {
    expect(resolveProxyTarget('file:///etc/passwd', '')).toBeNull();
    expect(resolveProxyTarget('ftp://example.com/', '/x')).toBeNull();
    expect(resolveProxyTarget('javascript:alert(1)', '')).toBeNull();
    expect(resolveProxyTarget('/boosted', '/v2')).toBeNull();
  });
});

describe('createProxyMiddleware', () => {
  it('streams an event stream through: the first frame arrives before the upstream ends', async () => {
    let finish = () => {};
    const upstreamEnded = new Promise<void>((resolve) => (finish = resolve));
    let ended = false;
    const upstream = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('data: {"n":1}\n\n');
      void upstreamEnded.then(() => {
        res.end('data: {"n":2}\n\n');
        ended = true;
      });
    });
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxy/stream`, { headers: { 'x-threadline-target': upstream } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('data: {"n":1}\n\n');
    expect(ended).toBe(false);

    finish();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value, { stream: true });
    expect(rest).toBe('data: {"n":2}\n\n');
  });

  it('forwards authorization and other headers but not cookie, origin, host or the target header', async () => {
    let seen: IncomingHttpHeaders = {};
    const upstream = await listen((req, res) => {
      seen = req.headers;
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'session=upstream', 'x-request-id': 'req_1' });
      res.end('{}');
    });
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxy/v2/threads`, {
      headers: {
        'x-threadline-target': upstream,
        authorization: 'Bearer secret-token',
        cookie: 'demo-session=abc',
        origin: 'http://127.0.0.1:5173',
        'openai-beta': 'assistants=v2',
      },
    });

    expect(response.status).toBe(200);
    expect(seen.authorization).toBe('Bearer secret-token');
    expect(seen['openai-beta']).toBe('assistants=v2');
    expect(seen.cookie).toBeUndefined();
    expect(seen.origin).toBeUndefined();
    expect(seen['x-threadline-target']).toBeUndefined();
    expect(seen.host).toBe(new URL(upstream).host);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('forwards the method, the path after the prefix, the query and the body', async () => {
    let request: { method?: string; url?: string; body: string } = { body: '' };
    const upstream = await listen((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        request = { method: req.method, url: req.url, body };
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{"thread_id":"t1"}');
      });
    });
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxy/v2/threads?verbose=1`, {
      method: 'POST',
      headers: { 'x-threadline-target': `${upstream}/boosted/`, 'content-type': 'application/json' },
      body: JSON.stringify({ thread_name: 'Demo' }),
    });

    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ thread_id: 't1' });
    expect(request).toEqual({ method: 'POST', url: '/boosted/v2/threads?verbose=1', body: '{"thread_name":"Demo"}' });
  });

  it('passes error statuses and their bodies through', async () => {
    const upstream = await listen((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
      res.end('{"detail":"Not authenticated"}');
    });
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxy`, { method: 'POST', headers: { 'x-threadline-target': upstream } });

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ detail: 'Not authenticated' });
  });

  it('refuses a request without a target, or with a target that is not http(s)', async () => {
    const proxy = await startProxy();

    const missing = await fetch(`${proxy}/__proxy/v2/threads`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { detail: string }).detail).toMatch(/x-threadline-target/);

    const fileTarget = await fetch(`${proxy}/__proxy/etc/passwd`, { headers: { 'x-threadline-target': 'file:///' } });
    expect(fileTarget.status).toBe(400);
    expect(((await fileTarget.json()) as { detail: string }).detail).toMatch(/only forwards to http\(s\) URLs/);
  });

  it('answers 502 with the reason when the upstream cannot be reached', async () => {
    const closed = await listen(() => undefined);
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxy/v2/threads`, { headers: { 'x-threadline-target': closed } });

    expect(response.status).toBe(502);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/could not reach .*ECONNREFUSED/);
  });

  it('closes the upstream stream when the client goes away', async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    const upstream = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(': open\n\n');
      res.on('close', upstreamClosed);
    });
    const proxy = await startProxy();
    const abort = new AbortController();

    const response = await fetch(`${proxy}/__proxy`, { headers: { 'x-threadline-target': upstream }, signal: abort.signal });
    await response.body!.getReader().read();
    abort.abort();

    await expect(closed).resolves.toBeUndefined();
  });

  it('leaves other paths to the next middleware', async () => {
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxyish/v2`, { headers: { 'x-threadline-target': 'http://127.0.0.1:1' } });

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not the proxy');
  });
});

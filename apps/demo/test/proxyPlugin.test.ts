import { createServer, request } from 'node:http';
import type { IncomingHttpHeaders, RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createProxyMiddleware, isAllowedProxyHost, resolveProxyTarget } from '../proxyPlugin';

const servers: Server[] = [];

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function startProxy(options?: Parameters<typeof createProxyMiddleware>[0]): Promise<string> {
  const middleware = createProxyMiddleware(options);
  return listen((req, res) =>
    middleware(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not the proxy');
    }),
  );
}

/** Records every request a server receives, and answers each with 200. */
async function listenRecording(): Promise<{ url: string; seen: Array<{ url: string | undefined; host: string | undefined }> }> {
  const seen: Array<{ url: string | undefined; host: string | undefined }> = [];
  const url = await listen((req, res) => {
    seen.push({ url: req.url, host: req.headers.host });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  return { url, seen };
}

/** Sends a request line exactly as given (fetch would normalize the path), with the given headers. */
function sendRaw(server: string, path: string, headers: Record<string, string>): Promise<number> {
  const { hostname, port } = new URL(server);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, headers, setHost: !('host' in headers) }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    sent.on('error', reject);
    sent.end();
  });
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

  it.each([
    '//evil.example/x',
    '/@evil.example/x',
    '/%2F%2Fevil.example/x',
    '/%2f%2fevil.example/x',
    '/\\evil.example/x',
    '/\t//evil.example/x',
    '/x#@evil.example',
    '/x?@evil.example',
    '?target=https://evil.example/',
    '/http://evil.example/x',
    '/https:%2F%2Fevil.example',
    '/:443@evil.example',
  ])('never leaves the target origin for the path %j', (rest) => {
    const url = resolveProxyTarget('https://api.example.com/v1', rest);
    expect(url?.origin).toBe('https://api.example.com');
    expect(url?.pathname.startsWith('/v1')).toBe(true);
  });

  it.each(['/..', '/../admin', '/x/../../admin', '/%2e%2e/admin', '/.%2E/admin', '/%2E./admin'])('refuses the path %j, which climbs out of the base path', (rest) => {
    expect(resolveProxyTarget('https://api.example.com/v1/', rest)).toBeNull();
  });

  it('keeps dot segments that stay under the base path', () => {
    expect(resolveProxyTarget('https://api.example.com/v1', '/threads/../runs')?.href).toBe('https://api.example.com/v1/runs');
    expect(resolveProxyTarget('https://api.example.com', '/../x')?.href).toBe('https://api.example.com/x');
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

  it.each([
    ['a second authority in the path', (evil: string) => `/__proxy//${evil}/x`],
    ['userinfo after the prefix', (evil: string) => `/__proxy@${evil}/x`],
    ['userinfo in the path', (evil: string) => `/__proxy/@${evil}/x`],
    ['encoded slashes', (evil: string) => `/__proxy/%2F%2F${evil}/x`],
    ['a backslash', (evil: string) => `/__proxy/\\${evil}/x`],
    ['an absolute URL in the path', (evil: string) => `/__proxy/http://${evil}/x`],
    ['an absolute-form request line', (evil: string) => `http://${evil}/__proxy/x`],
    ['a query naming another host', (evil: string) => `/__proxy?url=http://${evil}/x`],
  ])('forwards nothing to another host through %s', async (_trick, pathTo) => {
    const target = await listenRecording();
    const evil = await listenRecording();
    const proxy = await startProxy();

    await sendRaw(proxy, pathTo(new URL(evil.url).host), { 'x-threadline-target': `${target.url}/api`, authorization: 'Bearer secret-token' });

    expect(evil.seen).toEqual([]);
    for (const request of target.seen) {
      expect(request.host).toBe(new URL(target.url).host);
      expect(request.url?.startsWith('/api')).toBe(true);
    }
  });

  it('refuses a path that climbs out of the target base path, and forwards nothing', async () => {
    const target = await listenRecording();
    const proxy = await startProxy();

    const status = await sendRaw(proxy, '/__proxy/%2e%2e/admin', { 'x-threadline-target': `${target.url}/api` });

    expect(status).toBe(400);
    expect(target.seen).toEqual([]);
  });

  it('refuses a Host that is not this machine (a DNS-rebinding page), and forwards nothing', async () => {
    const target = await listenRecording();
    const proxy = await startProxy();
    const { port } = new URL(proxy);

    expect(await sendRaw(proxy, '/__proxy/v2', { host: `rebound.evil.example:${port}`, 'x-threadline-target': target.url })).toBe(403);
    expect(await sendRaw(proxy, '/__proxy/v2', { 'x-threadline-target': target.url })).toBe(200);
    expect(await sendRaw(proxy, '/__proxy/v2', { host: `localhost:${port}`, 'x-threadline-target': target.url })).toBe(200);
    expect(target.seen.map((request) => request.url)).toEqual(['/v2', '/v2']);
  });

  it('answers on host names Vite is told to allow', async () => {
    const target = await listenRecording();
    const proxy = await startProxy({ allowedHosts: ['.dev.example'] });
    const { port } = new URL(proxy);

    expect(await sendRaw(proxy, '/__proxy/v2', { host: `app.dev.example:${port}`, 'x-threadline-target': target.url })).toBe(200);
    expect(await sendRaw(proxy, '/__proxy/v2', { host: `dev.example.evil:${port}`, 'x-threadline-target': target.url })).toBe(403);
    expect(target.seen).toHaveLength(1);
  });

  it('leaves other paths to the next middleware', async () => {
    const proxy = await startProxy();

    const response = await fetch(`${proxy}/__proxyish/v2`, { headers: { 'x-threadline-target': 'http://127.0.0.1:1' } });

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not the proxy');
  });
});

describe('isAllowedProxyHost', () => {
  it('allows localhost, *.localhost and IP addresses, with or without a port', () => {
    for (const host of ['localhost', 'localhost:5173', 'app.localhost:5173', '127.0.0.1:4173', '[::1]:5173', '192.168.1.20:5173']) expect(isAllowedProxyHost(host)).toBe(true);
  });

  it('refuses other names, a missing Host, and look-alikes', () => {
    for (const host of [undefined, '', 'evil.example', 'localhost.evil.example:5173', '127.0.0.1.evil.example', 'evil.example@127.0.0.1']) expect(isAllowedProxyHost(host)).toBe(false);
  });

  it('allows the names Vite allows: exact, a leading dot for subdomains, or all', () => {
    expect(isAllowedProxyHost('demo.example:5173', ['demo.example'])).toBe(true);
    expect(isAllowedProxyHost('a.demo.example', ['.demo.example'])).toBe(true);
    expect(isAllowedProxyHost('demo.example', ['.demo.example'])).toBe(true);
    expect(isAllowedProxyHost('other.example', ['demo.example'])).toBe(false);
    expect(isAllowedProxyHost('anything.example', true)).toBe(true);
  });
});

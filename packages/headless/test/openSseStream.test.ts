import { describe, expect, it } from 'vitest';
import { openSseStream, requestJson, TransportError } from '@threadline/headless';
import type { ConnectionState, SseMessage } from '@threadline/headless';
import { serveEachTest, startLoopbackServer } from './loopbackServer';

const serve = serveEachTest();

describe('openSseStream', () => {
  it('sends async headers evaluated per connection and decodes frames split mid UTF-8', async () => {
    const seen: Array<string | undefined> = [];
    const url = await serve((request, response) => {
      seen.push(request.headers.authorization);
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const bytes = Buffer.from('data: {"x":"東京"}\n\nevent: named\ndata: two\n\n');
      response.write(bytes.subarray(0, 13));
      setTimeout(() => response.end(bytes.subarray(13)), 10);
    });
    let token = 0;
    const headers = async () => ({ authorization: `Bearer t${++token}` });
    for (let connection = 0; connection < 2; connection++) {
      const messages: SseMessage[] = [];
      const states: ConnectionState[] = [];
      await openSseStream({ url, headers, signal: new AbortController().signal, onMessage: (m) => messages.push(m), onStateChange: (s) => states.push(s) });
      expect(messages).toEqual([
        { data: '{"x":"東京"}', event: undefined, id: undefined },
        { data: 'two', event: 'named', id: undefined },
      ]);
      expect(states).toEqual(['connecting', 'open', 'closed']);
    }
    expect(seen).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('fails a 401 as a non-retryable auth error with the server detail', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end('{"detail":"Not authenticated"}');
    });
    const states: ConnectionState[] = [];
    const failure = await openSseStream({ url, signal: new AbortController().signal, onMessage: () => {}, onStateChange: (s) => states.push(s) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransportError);
    expect(failure).toMatchObject({ kind: 'auth', status: 401, retryable: false, message: 'The server answered 401: Not authenticated' });
    expect(states.at(-1)).toBe('failed');
  });

  it('rejects an HTML page served instead of an event stream as a protocol error', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body><h1>Gateway login</h1></body></html>');
    });
    const failure = await openSseStream({ url, signal: new AbortController().signal, onMessage: () => {} }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'protocol', message: 'Expected an event stream but got "text/html": Gateway login' });
  });

  it('marks 503 retryable and an abort as aborted with the connection closed', async () => {
    const url = await serve((request, response) => {
      if (request.url === '/busy') {
        response.writeHead(503);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: first\n\n');
    });
    await expect(openSseStream({ url: `${url}/busy`, signal: new AbortController().signal, onMessage: () => {} })).rejects.toMatchObject({ kind: 'http', status: 503, retryable: true });

    const abort = new AbortController();
    const states: ConnectionState[] = [];
    const done = openSseStream({ url, signal: abort.signal, onMessage: () => abort.abort(), onStateChange: (s) => states.push(s) });
    await expect(done).rejects.toMatchObject({ kind: 'aborted' });
    expect(states).toEqual(['connecting', 'open', 'closed']);
  });

  it('fails an unreachable server as a retryable network error', async () => {
    const server = await startLoopbackServer(() => {});
    await server.close();
    const url = server.url;
    await expect(openSseStream({ url, signal: new AbortController().signal, onMessage: () => {} })).rejects.toMatchObject({ kind: 'network', retryable: true });
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      response.end('data: ok\n\n');
    });
    const tracingFetch: typeof fetch = (input, init) => {
      calls.push(String(input));
      return fetch(input, init);
    };
    const messages: SseMessage[] = [];
    await openSseStream({ url: `${url}/s`, fetch: tracingFetch, signal: new AbortController().signal, onMessage: (m) => messages.push(m) });
    expect(calls).toEqual([`${url}/s`]);
    expect(messages.map((m) => m.data)).toEqual(['ok']);
  });
});

describe('requestJson', () => {
  it('posts form data and JSON, and parses the answer', async () => {
    const bodies: string[] = [];
    const url = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies.push(`${request.headers['content-type']} ${body}`);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"ok":true}');
      });
    });
    await expect(requestJson(url, { method: 'POST', body: new URLSearchParams({ message: 'a b' }) })).resolves.toEqual({ ok: true });
    await requestJson(url, { method: 'POST', body: { thread_name: 'x' } });
    expect(bodies).toEqual(['application/x-www-form-urlencoded;charset=UTF-8 message=a+b', 'application/json {"thread_name":"x"}']);
  });
});

import { describe, expect, it } from 'vitest';
import { openSseStream, requestJson, TransportError } from '@threadline/headless';
import type { ConnectionState, SseMessage } from '@threadline/headless';
import { serveEachTest } from './loopbackServer';

const serve = serveEachTest();

function watch() {
  const messages: SseMessage[] = [];
  const states: ConnectionState[] = [];
  return { messages, states, signal: new AbortController().signal, onMessage: (message: SseMessage) => messages.push(message), onStateChange: (state: ConnectionState) => states.push(state) };
}

describe('a stream that goes silent', () => {
  it('learns the heartbeat, reports stalled within three beats of silence, and fails as a retryable timeout', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: first\n\n');
      let beats = 0;
      const timer = setInterval(() => {
        response.write(': keep-alive\n\n');
        if (++beats === 5) clearInterval(timer);
      }, 20);
      response.on('close', () => clearInterval(timer));
    });
    const seen = watch();
    const started = performance.now();
    const failure = await openSseStream({ url, stallTimeoutMs: 10_000, ...seen }).catch((error: unknown) => error);
    const elapsed = performance.now() - started;

    expect(failure).toBeInstanceOf(TransportError);
    expect(failure).toMatchObject({ kind: 'timeout', retryable: true });
    expect(seen.states).toEqual(['connecting', 'open', 'stalled', 'failed']);
    expect(seen.messages.map((message) => message.data)).toEqual(['first']);
    // Five beats, then twice three missed beats: far sooner than the 10 s fallback.
    expect(elapsed).toBeLessThan(2_000);
  });

  it('falls back to the timeout when the server sends no heartbeat, and goes back to open when data comes', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: one\n\n');
      setTimeout(() => response.end('data: two\n\n'), 150);
    });
    const seen = watch();
    await openSseStream({ url, stallTimeoutMs: 100, ...seen });
    expect(seen.states).toEqual(['connecting', 'open', 'stalled', 'open', 'closed']);
    expect(seen.messages.map((message) => message.data)).toEqual(['one', 'two']);
  });
});

describe('failed answers', () => {
  it('asks a 401 once more with the headers evaluated again, then fails without the token in the message', async () => {
    const seen: string[] = [];
    const url = await serve((request, response) => {
      seen.push(String(request.headers.authorization));
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(`{"detail":"Invalid key ${String(request.headers.authorization).slice(7)}"}`);
    });
    let token = 0;
    const failure = await openSseStream({ url, headers: () => ({ authorization: `Bearer sk-secret-${++token}` }), ...watch() }).catch((error: unknown) => error);
    expect(seen).toEqual(['Bearer sk-secret-1', 'Bearer sk-secret-2']);
    expect(failure).toMatchObject({ kind: 'auth', status: 401, retryable: false, message: 'The server answered 401: Invalid key [redacted]' });

    const fixed = await requestJson(url, { headers: { authorization: 'Bearer sk-static-key' } }).catch((error: unknown) => error);
    expect(seen).toHaveLength(3);
    expect(fixed).toMatchObject({ kind: 'auth', message: 'The server answered 401: Invalid key [redacted]' });
  });

  it("reads 429's Retry-After, and keeps a header value it cannot send out of the error", async () => {
    const url = await serve((_request, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      response.end('{"detail":"Slow down"}');
    });
    const limited = await openSseStream({ url, ...watch() }).catch((error: unknown) => error);
    expect(limited).toMatchObject({ kind: 'http', status: 429, retryable: true, retryAfterMs: 7000 });

    const broken = await openSseStream({ url, headers: { authorization: 'Bearer sk-secret\n-123' }, ...watch() }).catch((error: unknown) => error);
    expect(broken).toMatchObject({ kind: 'auth', retryable: false });
    expect(String((broken as Error).message)).not.toContain('sk-secret');
    expect((broken as Error).cause).toBeUndefined();
  });
});

describe('bytes that are not what they should be', () => {
  it('reads invalid UTF-8 as U+FFFD and says so once, but not for a U+FFFD the server really sent', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(Buffer.from('data: real \uFFFD\n\n'));
      response.write(Buffer.concat([Buffer.from('data: bad '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n\ndata: bad again '), Buffer.from([0xff]), Buffer.from('\n\n')]));
      response.end();
    });
    let warnings = 0;
    const first = watch();
    await openSseStream({ url, ...first, onInvalidText: () => (warnings += 1) });
    expect(first.messages.map((message) => message.data)).toEqual(['real \uFFFD', 'bad \uFFFD(\uFFFD', 'bad again \uFFFD']);
    expect(warnings).toBe(1);
  });

  it('refuses a frame over the size limit as a protocol error, after delivering the frames before it', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: small\n\n');
      response.write(`data: ${'x'.repeat(64 * 1024)}`);
      setTimeout(() => response.end(`${'y'.repeat(64 * 1024)}\n\n`), 10);
    });
    const seen = watch();
    const failure = await openSseStream({ url, maxFrameBytes: 100 * 1024, ...seen }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'protocol', retryable: false, message: 'A frame passed the 100 KiB limit before it ended; the stream was stopped there.' });
    expect(seen.messages.map((message) => message.data)).toEqual(['small']);
    expect(seen.states.at(-1)).toBe('failed');
  });
});

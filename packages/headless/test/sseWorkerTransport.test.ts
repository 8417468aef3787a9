import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBoostedApi, createSseWorkerTransport, createThreadlineClient, serveSseWorker, toSnapshot, TransportError } from '@threadline/headless';
import type { ConnectionState, SseMessage, SseWorkerCommand, SseWorkerHandle, SseWorkerReport, ThreadlineClient } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { startLoopbackServer } from './loopbackServer';
import { waitForThread } from './waitForThread';

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function serve(handler: Parameters<typeof startLoopbackServer>[0]) {
  const server = await startLoopbackServer(handler);
  closers.push(server.close);
  return server.url;
}

/**
 * A worker in this thread: a `MessageChannel` whose far port `serveSseWorker` serves, so the
 * page's and the worker's halves talk through real structured-clone messages.
 */
function startSameThreadWorker(batchMs?: number) {
  const { port1: page, port2: worker } = new MessageChannel();
  const reports: SseWorkerReport[] = [];
  const commands: string[] = [];
  page.addEventListener('message', (event) => reports.push((event as MessageEvent<SseWorkerReport>).data));
  worker.addEventListener('message', (event) => commands.push((event as MessageEvent<{ type: string }>).data.type));
  serveSseWorker(worker, { batchMs });
  page.start();
  worker.start();
  let terminated = false;
  const handle: SseWorkerHandle = {
    postMessage: (command) => page.postMessage(command),
    addEventListener: (type, listener) => page.addEventListener(type, listener as (event: Event) => void),
    terminate: () => {
      terminated = true;
      page.close();
    },
  };
  closers.push(() => page.close());
  return { handle, reports, commands, isTerminated: () => terminated };
}

function collect() {
  const messages: SseMessage[] = [];
  const states: ConnectionState[] = [];
  const comments: string[] = [];
  return { messages, states, comments, onMessage: (message: SseMessage) => messages.push(message), onStateChange: (state: ConnectionState) => states.push(state), onComment: (comment: string) => comments.push(comment) };
}

/** Writes each tick's chunks 2 ms after the tick before, then ends the response with `last`. */
function writeEvery2Ms(response: ServerResponse, ticks: readonly string[][], last = ''): void {
  let index = 0;
  const timer = setInterval(() => {
    for (const chunk of ticks[index++] ?? []) response.write(chunk);
    if (index < ticks.length) return;
    clearInterval(timer);
    response.end(last);
  }, 2);
}

const frames = (count: number) => Array.from({ length: count }, (_, index) => `id: ${index}\ndata: {"n":${index},"text":"é${index}"}\n\n`);

describe('the SSE worker transport', () => {
  it('delivers every message in order, in far fewer posts than frames, with the states of openSseStream', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const all = frames(300);
      // Many small writes, some split inside a frame, as a real stream arrives: 20 frames a tick.
      const ticks = Array.from({ length: 15 }, (_, tick) => all.slice(tick * 20, tick * 20 + 20).flatMap((frame) => [frame.slice(0, 7), frame.slice(7)]));
      writeEvery2Ms(response, ticks, ': done\n\n');
    });
    const worker = startSameThreadWorker(16);
    const open = createSseWorkerTransport({ createWorker: () => worker.handle });
    const seen = collect();
    await open({ url, signal: new AbortController().signal, ...seen });

    expect(seen.messages.map((message) => message.id)).toEqual(Array.from({ length: 300 }, (_, index) => String(index)));
    expect(seen.messages[299]).toEqual({ id: '299', event: undefined, data: '{"n":299,"text":"é299"}' });
    expect(seen.comments).toEqual(['done']);
    expect(seen.states).toEqual(['connecting', 'open', 'closed']);
    const posts = worker.reports.filter((report) => report.type === 'entries').length;
    expect(posts).toBeGreaterThan(0);
    expect(posts).toBeLessThan(60);
  });

  it("posts a fast stream's entries no more often than its request's batchMs", async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      writeEvery2Ms(response, frames(150).map((frame) => [frame]));
    });
    const posts = async (batchMs?: number) => {
      const worker = startSameThreadWorker(16);
      const started = performance.now();
      const seen = collect();
      await createSseWorkerTransport({ createWorker: () => worker.handle, batchMs })({ url, signal: new AbortController().signal, ...seen });
      expect(seen.messages).toHaveLength(150);
      return { posts: worker.reports.filter((report) => report.type === 'entries').length, ms: performance.now() - started };
    };
    const often = await posts();
    const seldom = await posts(100);
    // Four posts at once at the start, then one per batchMs, then the last.
    expect(seldom.posts).toBeLessThanOrEqual(4 + Math.ceil(seldom.ms / 100) + 1);
    expect(seldom.posts).toBeLessThan(often.posts);
  });

  it('sends a JSON body, evaluates the headers again after a 401, and carries a second 401 back as the same auth error', async () => {
    const seen: Array<{ method: string | undefined; authorization: string | undefined; body: string }> = [];
    const url = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ method: request.method, authorization: request.headers.authorization, body });
        if (request.headers.authorization === 'Bearer fresh-2') {
          response.writeHead(200, { 'content-type': 'text/event-stream' });
          response.end('data: welcome\n\n');
          return;
        }
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(`{"detail":"Token ${String(request.headers.authorization).slice(7)} has expired"}`);
      });
    });
    const worker = startSameThreadWorker();
    const open = createSseWorkerTransport({ createWorker: () => worker.handle });
    let tokens = 0;
    const refreshing = async () => ({ authorization: `Bearer fresh-${++tokens}` });
    const first = collect();
    await open({ url, method: 'POST', json: { question: 'hi' }, headers: refreshing, signal: new AbortController().signal, ...first });
    expect(first.messages.map((message) => message.data)).toEqual(['welcome']);
    expect(first.states).toEqual(['connecting', 'open', 'closed']);
    expect(seen).toEqual([
      { method: 'POST', authorization: 'Bearer fresh-1', body: '{"question":"hi"}' },
      { method: 'POST', authorization: 'Bearer fresh-2', body: '{"question":"hi"}' },
    ]);

    const states: ConnectionState[] = [];
    const failure = await open({ url, headers: async () => ({ authorization: 'Bearer always-expired' }), signal: new AbortController().signal, onMessage: () => {}, onStateChange: (state) => states.push(state) }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TransportError);
    expect(failure).toMatchObject({ kind: 'auth', status: 401, retryable: false, message: 'The server answered 401: Token [redacted] has expired' });
    expect(states).toEqual(['connecting', 'failed']);
    expect(seen).toHaveLength(4);
  });

  it('aborts at once, tells the worker, and the server sees the connection close', async () => {
    let serverSawClose: () => void = () => {};
    const closed = new Promise<void>((resolve) => (serverSawClose = resolve));
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: first\n\n');
      response.on('close', () => serverSawClose());
    });
    const worker = startSameThreadWorker();
    const open = createSseWorkerTransport({ createWorker: () => worker.handle });
    const controller = new AbortController();
    const seen = collect();
    const done = open({ url, signal: controller.signal, ...seen, onMessage: (message) => {
      seen.messages.push(message);
      controller.abort();
    } });

    await expect(done).rejects.toMatchObject({ kind: 'aborted' });
    await closed;
    expect(seen.messages.map((message) => message.data)).toEqual(['first']);
    expect(seen.states).toEqual(['connecting', 'open', 'closed']);
    expect(worker.commands).toEqual(['open', 'abort']);
  });

  it('runs streams on the main thread when the worker cannot start, and never tries it again', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(frames(3).join(''));
    });
    let created = 0;
    const listeners: Array<(event: Event) => void> = [];
    const open = createSseWorkerTransport({
      createWorker: () => {
        created += 1;
        // Like a worker whose script failed to load: no "ready", then an error event.
        setTimeout(() => listeners.forEach((listener) => listener(new Event('error'))), 5);
        return { postMessage: () => {}, addEventListener: (type, listener) => type === 'error' && listeners.push(listener), terminate: () => {} };
      },
    });
    for (let stream = 0; stream < 2; stream++) {
      const seen = collect();
      await open({ url, signal: new AbortController().signal, ...seen });
      expect(seen.messages.map((message) => message.id)).toEqual(['0', '1', '2']);
      expect(seen.states).toEqual(['connecting', 'open', 'closed']);
    }
    expect(created).toBe(1);
  });

  it('hands the worker a request with headers at hand before anything queued after the call runs', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('data: {"done":true}\n\n');
    });
    const posted: string[] = [];
    const worker = startSameThreadWorker();
    const handle: SseWorkerHandle = {
      ...worker.handle,
      postMessage: (command) => {
        posted.push(command.type === 'open' ? `open ${command.request.headers.map(([name, value]) => `${name}=${value}`).join()}` : command.type);
        worker.handle.postMessage(command);
      },
    };
    const transport = createSseWorkerTransport({ createWorker: () => handle });
    const { onMessage, messages } = collect();
    queueMicrotask(() => posted.push('microtask'));
    const done = transport({ url, headers: () => ({ 'x-token': 'a' }), signal: new AbortController().signal, onMessage });
    expect(posted).toEqual(['open x-token=a']);
    await done;
    expect(messages.map((message) => message.data)).toEqual(['{"done":true}']);
  });

  it('leaves a request with its own fetch on the main thread', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('data: one\n\n');
    });
    let created = 0;
    let fetched = 0;
    const open = createSseWorkerTransport({ createWorker: () => ((created += 1), startSameThreadWorker().handle) });
    const seen = collect();
    await open({ url, signal: new AbortController().signal, fetch: (input, init) => ((fetched += 1), fetch(input, init)), ...seen });
    expect(seen.messages.map((message) => message.data)).toEqual(['one']);
    expect([created, fetched]).toEqual([0, 1]);
  });

  describe('its default worker', () => {
    type Start = 'loads' | 'fails to load' | 'throws';
    const started: string[] = [];
    let openedInWorkers = 0;
    const batchMsAsked: Array<number | undefined> = [];

    // Node has neither constructor: these stand in for the browser's, each backed by a real
    // `MessageChannel` that `serveSseWorker` serves, or failing the way a browser's does.
    function stubWorkers(shared: Start, dedicated: Start) {
      const connect = (start: Start, onError: () => void): MessagePort => {
        if (start === 'throws') throw new TypeError('Module scripts are not supported in this kind of worker.');
        const { port1: page, port2: worker } = new MessageChannel();
        closers.push(() => page.close());
        if (start === 'fails to load') setTimeout(onError, 5);
        else {
          worker.addEventListener('message', (event) => {
            const command = event.data as SseWorkerCommand;
            if (command.type !== 'open') return;
            openedInWorkers += 1;
            batchMsAsked.push(command.request.batchMs);
          });
          serveSseWorker(worker);
          worker.start();
        }
        return page;
      };
      vi.stubGlobal(
        'SharedWorker',
        class extends EventTarget {
          readonly port: MessagePort;
          constructor(_url: URL, options: WorkerOptions) {
            super();
            started.push(`shared ${String(options.name)}`);
            this.port = connect(shared, () => this.dispatchEvent(new Event('error')));
          }
        },
      );
      vi.stubGlobal(
        'Worker',
        class extends EventTarget {
          readonly #port: MessagePort;
          constructor(_url: URL, options: WorkerOptions) {
            super();
            started.push(`dedicated ${String(options.name)}`);
            this.#port = connect(dedicated, () => this.dispatchEvent(new Event('error')));
            this.#port.addEventListener('message', (event) => this.dispatchEvent(new MessageEvent('message', { data: event.data })));
            this.#port.start();
          }
          postMessage(message: unknown) {
            this.#port.postMessage(message);
          }
          terminate() {
            this.#port.close();
          }
        },
      );
    }

    afterEach(() => {
      vi.unstubAllGlobals();
      started.length = 0;
      openedInWorkers = 0;
      batchMsAsked.length = 0;
    });

    async function streamOnce(transport: ReturnType<typeof createSseWorkerTransport>, url: string) {
      const seen = collect();
      const before = openedInWorkers;
      await transport({ url, signal: new AbortController().signal, ...seen });
      return { data: seen.messages.map((message) => message.data), states: seen.states, inWorker: openedInWorkers - before === 1 };
    }

    const answer = async () =>
      serve((_request, response) => {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.end('data: one\n\ndata: two\n\n');
      });

    it('asked for a shared worker, starts one named for its transport alone, so no other tab ever shares it', async () => {
      stubWorkers('loads', 'loads');
      const url = await answer();
      const first = createSseWorkerTransport({ shared: true });
      const second = createSseWorkerTransport({ shared: true });
      for (const transport of [first, second, first]) {
        expect(await streamOnce(transport, url)).toEqual({ data: ['one', 'two'], states: ['connecting', 'open', 'closed'], inWorker: true });
      }
      expect(started).toEqual([expect.stringMatching(/^shared threadline-sse-\w+-\w+$/), expect.stringMatching(/^shared threadline-sse-/)]);
      expect(started[0]).not.toEqual(started[1]);
    });

    it.each<[Start, Start, boolean]>([
      ['fails to load', 'loads', true],
      ['throws', 'loads', true],
      ['fails to load', 'throws', false],
    ])('when the shared worker %s and the dedicated one %s, streams go to the next for good (in a worker: %s)', async (shared, dedicated, inWorker) => {
      stubWorkers(shared, dedicated);
      const url = await answer();
      const transport = createSseWorkerTransport({ shared: true });
      for (let stream = 0; stream < 2; stream++) {
        expect(await streamOnce(transport, url)).toEqual({ data: ['one', 'two'], states: ['connecting', 'open', 'closed'], inWorker });
      }
      expect(started).toEqual([expect.stringMatching(/^shared /), 'dedicated threadline-sse']);
    });

    it("asks for posts no more often than the client's store renders", async () => {
      stubWorkers('loads', 'loads');
      const simulator = await startSimulator({ port: 0, delayMs: 0 });
      closers.push(simulator.close);
      const baseUrl = `${simulator.url}/boosted`;
      for (const [index, throttleMs] of [undefined, 80, 0].entries()) {
        const client = createThreadlineClient(throttleMs === undefined ? {} : { throttleMs });
        const { threadId } = await createBoostedApi({ baseUrl }).createThread('batches');
        client.getController(threadId, { dialect: 'boosted', baseUrl }).attach();
        await vi.waitFor(() => expect(batchMsAsked).toHaveLength(index + 1));
        client.disconnectAll();
      }
      expect(batchMsAsked).toEqual([50, 80, 16]);
    });

    it('is a dedicated worker unless asked for a shared one, so the page and its test tools see its requests', async () => {
      stubWorkers('loads', 'loads');
      const url = await answer();
      for (const transport of [createSseWorkerTransport(), createSseWorkerTransport({ shared: false })]) {
        expect(await streamOnce(transport, url)).toEqual({ data: ['one', 'two'], states: ['connecting', 'open', 'closed'], inWorker: true });
      }
      expect(started).toEqual(['dedicated threadline-sse', 'dedicated threadline-sse']);
    });
  });

  describe('in a client', () => {
    let simulator: RunningSimulator | null = null;
    let client: ThreadlineClient | null = null;
    afterEach(async () => {
      client?.disconnectAll();
      await simulator?.close();
    });

    it('streams a Boosted answer into the same thread as the main-thread transport', async () => {
      simulator = await startSimulator({ port: 0, delayMs: 0 });
      const baseUrl = `${simulator.url}/boosted`;
      const answer = async (sseTransport?: ReturnType<typeof createSseWorkerTransport>) => {
        client = createThreadlineClient({ sseTransport });
        const { threadId } = await createBoostedApi({ baseUrl }).createThread('worker');
        const controller = client.getController(threadId, { dialect: 'boosted', baseUrl });
        controller.attach();
        await controller.send('Show NVIDIA data-center revenue with sources');
        const thread = await waitForThread(client, threadId, (state) => state.status === 'complete');
        client.disconnectAll();
        const { items, progress } = toSnapshot(thread);
        // Each run names its artifacts afresh; everything else must match.
        const withoutIds = JSON.stringify(items.map(({ id: _id, ...item }) => item)).replaceAll(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'uuid');
        return { items: JSON.parse(withoutIds) as unknown, progress: progress.length };
      };
      const worker = startSameThreadWorker();
      const inWorker = await answer(createSseWorkerTransport({ createWorker: () => worker.handle }));
      const onMainThread = await answer();

      expect(worker.reports.some((report) => report.type === 'entries')).toBe(true);
      expect(inWorker).toEqual(onMainThread);
      expect(JSON.stringify(inWorker.items)).toContain('citation');
    });
  });
});

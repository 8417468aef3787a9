import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { Code, ConnectError } from '@connectrpc/connect';
import type { ConnectRouter } from '@connectrpc/connect';
import { connectNodeAdapter, createGrpcTransport } from '@connectrpc/connect-node';
import { createBoostedApi, createThreadlineClient, messageText, selectItems } from '@threadline/headless';
import type { ConnectionState, HeadersOption, MessageItem, ThreadlineClient, ThreadlineClientOptions, ThreadState } from '@threadline/headless';
import { createBoostedGrpcTransport, ThreadService } from '@threadline/headless/grpc';
import { createBoostedNodeGrpcTransport } from '@threadline/headless/grpc/node';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator, StartSimulatorOptions } from '@threadline/simulator';
import { waitForThread } from './waitForThread';

// The browser's form (the Connect protocol over fetch, server-streaming) and Node's (the
// vendor's bidirectional call over HTTP/2), each against the simulator on loopback.
const forms: Array<[string, ThreadlineClientOptions['grpcTransport']]> = [
  ['Connect over fetch (browser form)', ({ baseUrl }) => createBoostedGrpcTransport({ baseUrl })],
  ['gRPC over HTTP/2 (Node, bidirectional)', ({ baseUrl }) => createBoostedNodeGrpcTransport({ baseUrl })],
];

let simulator: RunningSimulator | null = null;
const clients: ThreadlineClient[] = [];
const closers: Array<() => void> = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnectAll();
  for (const close of closers.splice(0)) close();
  await simulator?.close();
  simulator = null;
});

async function startBoosted(options: StartSimulatorOptions = {}) {
  simulator = await startSimulator({ port: 0, delayMs: 2, ...options });
  return { baseUrl: `${simulator.url}/boosted`, simulator };
}

function connect(baseUrl: string, grpcTransport: ThreadlineClientOptions['grpcTransport'], threadId: string, options: ThreadlineClientOptions & { headers?: HeadersOption } = {}) {
  const { headers, ...clientOptions } = options;
  const client = createThreadlineClient({ reconnectDelayMs: 5, recoveryPollMs: 20, ...clientOptions, grpcTransport });
  clients.push(client);
  const states: ConnectionState[] = [];
  client.threadStore.store.subscribe((state) => {
    const connection = state.connections[threadId];
    if (connection && connection !== states.at(-1)) states.push(connection);
  });
  const controller = client.getController(threadId, { dialect: 'boosted', baseUrl, transport: 'grpc', headers, onWarning: () => undefined });
  controller.attach();
  return { client, controller, states };
}

const settled = (thread: ThreadState) => thread.run !== null && ['complete', 'failed', 'cancelled'].includes(thread.status);
const answers = (thread: ThreadState) => selectItems(thread).filter((item): item is MessageItem => item.kind === 'message' && item.role === 'assistant');

describe.each(forms)('Boosted over gRPC, %s', (_form, grpcTransport) => {
  it('a worker error fails the run, with the error on the thread and the partial answer kept', async () => {
    const { baseUrl } = await startBoosted();
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('worker error');
    const { client, controller } = connect(baseUrl, grpcTransport, threadId);
    await controller.send('The worker will crash');
    const thread = await waitForThread(client, threadId, settled);

    expect(thread.status).toBe('failed');
    expect(thread.error).toEqual({ kind: 'server', code: 'worker_unavailable', message: 'The worker running this task stopped unexpectedly. Ask again to retry.', retryable: true });
    expect(answers(thread).map((answer) => [answer.status, messageText(answer)])).toEqual([['error', 'Tesla delivered 497,099 vehicles in the third quarter, and']]);
  });

  it('a thread_name event renames the thread', async () => {
    const { baseUrl } = await startBoosted();
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('Untitled');
    const { client, controller } = connect(baseUrl, grpcTransport, threadId);
    await controller.send('Rename this thread, then answer');
    const thread = await waitForThread(client, threadId, settled);

    expect(thread.title).toBe('Microsoft dividend history');
    expect(thread.status).toBe('complete');
    expect(messageText(answers(thread)[0]!)).toContain('the latest increase was 10%');
  });

  it('cancel stops the task: the partial answer ends cancelled and nothing streams after it', async () => {
    const { baseUrl } = await startBoosted({ delayMs: 5 });
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('cancel');
    const { client, controller } = connect(baseUrl, grpcTransport, threadId);
    await controller.send('A long answer I can cancel');
    await waitForThread(client, threadId, (thread) => answers(thread).some((answer) => messageText(answer).length > 100));
    await controller.cancel();
    const thread = await waitForThread(client, threadId, settled);

    expect(thread.status).toBe('cancelled');
    const [answer] = answers(thread);
    expect(answer!.status).toBe('cancelled');
    expect(messageText(answer!)).toMatch(/^Screening the S&P 500[\s\S]*User cancelled message$/);
    const text = messageText(answer!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messageText(answers(client.threadStore.getThread(threadId)!)[0]!)).toBe(text);
  });

  it('an expired token is asked once more with the headers evaluated again, and the stream opens', async () => {
    const { baseUrl } = await startBoosted({ token: 'fresh-token-1234' });
    const { threadId } = await createBoostedApi({ baseUrl, headers: { authorization: 'Bearer fresh-token-1234' } }).createThread('refresh');
    let evaluations = 0;
    const headers = () => ({ authorization: `Bearer ${(evaluations += 1) === 1 ? 'stale-token-5678' : 'fresh-token-1234'}` });
    const { client, controller, states } = connect(baseUrl, grpcTransport, threadId, { headers });
    await controller.send('plain: hello');
    const thread = await waitForThread(client, threadId, settled);

    expect(thread.status).toBe('complete');
    expect(thread.error).toBeNull();
    expect(states).not.toContain('failed');
    // The stream's first call, its one retry, and the message post.
    expect(evaluations).toBe(3);
  });

  it('a refused token fails the stream as auth, once, without retrying', async () => {
    const { baseUrl } = await startBoosted({ token: 'right-token-1234' });
    const { threadId } = await createBoostedApi({ baseUrl, headers: { authorization: 'Bearer right-token-1234' } }).createThread('refused');
    let evaluations = 0;
    const { client, states } = connect(baseUrl, grpcTransport, threadId, { headers: () => ((evaluations += 1), { authorization: 'Bearer wrong-token-5678' }) });
    await expect.poll(() => client.threadStore.store.getState().connections[threadId]).toBe('failed');

    const thread = client.threadStore.getThread(threadId)!;
    expect(thread.error).toMatchObject({ kind: 'auth', code: 'unauthenticated', retryable: false });
    expect(thread.error?.message).not.toContain('wrong-token-5678');
    expect(states).toEqual(['connecting', 'failed']);
    expect(evaluations).toBe(2);
  });

  it('a stream dropped mid-answer is reopened and the answer ends whole', async () => {
    const { baseUrl } = await startBoosted();
    const api = createBoostedApi({ baseUrl });
    const { threadId } = await api.createThread('drop');
    const { client, controller, states } = connect(baseUrl, grpcTransport, threadId, { headers: { 'x-simulator-fault': 'drop-mid-frame; after=6; times=1' } });
    await controller.send('Show NVIDIA data-center revenue with sources');
    const thread = await waitForThread(client, threadId, (state) => state.status === 'complete', 10_000);

    const truth = await api.getLatestMessage(threadId);
    expect(answers(thread)).toHaveLength(1);
    expect(messageText(answers(thread)[0]!)).toContain('supply constraints should ease in the second half.');
    expect(answers(thread)[0]!.citations).toHaveLength(truth!.citations.length);
    expect(states).toEqual(expect.arrayContaining(['open', 'reconnecting']));
    expect(states.indexOf('reconnecting')).toBeGreaterThan(states.indexOf('open'));
    await expect.poll(() => client.threadStore.store.getState().connections[threadId]).toBe('open');
    expect(thread.error).toBeNull();
  });

  it("an idle stream stays open on the server's keepalives, past the stall deadline many times over", async () => {
    const { baseUrl } = await startBoosted({ heartbeatMs: 40 });
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('idle');
    const { client, states } = connect(baseUrl, grpcTransport, threadId, { stallTimeoutMs: 150 });
    await expect.poll(() => client.threadStore.store.getState().connections[threadId]).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 1200));

    expect(states).toEqual(['connecting', 'open']);
  });

  it('without keepalives, the same idle stream is seen stalled and reopened', async () => {
    const { baseUrl } = await startBoosted({ heartbeatMs: 0 });
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('silent');
    const { client, states } = connect(baseUrl, grpcTransport, threadId, { stallTimeoutMs: 100 });
    await expect.poll(() => states.filter((state) => state === 'open').length, { timeout: 3000 }).toBeGreaterThan(1);

    expect(states.slice(0, 4)).toEqual(['connecting', 'open', 'stalled', 'reconnecting']);
    expect(client.threadStore.getThread(threadId)?.error).toBeNull();
  });
});

/** A loopback gRPC server (HTTP/2, or HTTP/1.1 for the Connect protocol) with a `ThreadService` of the test's making. */
async function serveThreadService(http: '1.1' | '2', routes: (router: ConnectRouter) => void) {
  const handler = connectNodeAdapter({ routes });
  const server = http === '2' ? createHttp2Server(handler) : createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('Boosted over gRPC, the channel', () => {
  it("Node's transport pings the HTTP/2 channel while its stream idles", async () => {
    let pings = 0;
    const { server, url } = await serveThreadService('2', (router) =>
      router.service(ThreadService, {
        async *streamThreadEvents(requests) {
          // Subscribes and then says nothing at all: only the client's PINGs cross the channel.
          for await (const _request of requests) yield { threadId: 't' };
        },
        async *subscribeThreadEvents() {},
      }),
    );
    server.on('session', (session: NodeJS.EventEmitter) => session.on('ping', () => (pings += 1)));
    const open = createBoostedNodeGrpcTransport({ baseUrl: url, pingIntervalMs: 50 });
    const controller = new AbortController();
    const states: ConnectionState[] = [];
    const streaming = open({ threadId: 't', signal: controller.signal, stallTimeoutMs: 0, onMessage: () => undefined, onStateChange: (state) => states.push(state) });
    await new Promise((resolve) => setTimeout(resolve, 600));
    controller.abort();
    await expect(streaming).rejects.toMatchObject({ kind: 'aborted' });

    expect(pings).toBeGreaterThanOrEqual(3);
    expect(states).toEqual(['connecting', 'open', 'closed']);
  });

  it("a server's error text is told without the request's token", async () => {
    const token = 'sk-grpc-9d2c4e6a8b';
    const { url } = await serveThreadService('1.1', (router) =>
      router.service(ThreadService, {
        async *streamThreadEvents() {},
        // eslint-disable-next-line require-yield
        async *subscribeThreadEvents(_request, context) {
          throw new ConnectError(`token ${context.requestHeader.get('authorization')} is not allowed here`, Code.PermissionDenied);
        },
      }),
    );
    const open = createBoostedGrpcTransport({ baseUrl: url });
    const failure = await open({ threadId: 't', headers: { authorization: `Bearer ${token}` }, signal: new AbortController().signal, onMessage: () => undefined }).catch((error: unknown) => error);

    expect(failure).toMatchObject({ kind: 'auth', status: 403, code: 'permissiondenied', retryable: false });
    expect(String((failure as Error).message)).toBe('The gRPC call failed (permissiondenied): token [redacted] is not allowed here');
  });

  it('the bearer token travels only in the authorization metadata; user_token carries what the app gives', async () => {
    const seen: Array<{ authorization: string | null; userToken: string; threadId: string }> = [];
    const { url } = await serveThreadService('2', (router) =>
      router.service(ThreadService, {
        async *streamThreadEvents(requests, context) {
          for await (const request of requests) {
            seen.push({ authorization: context.requestHeader.get('authorization'), userToken: request.userToken, threadId: request.threadId });
            yield { threadId: request.threadId };
          }
        },
        async *subscribeThreadEvents(request, context) {
          seen.push({ authorization: context.requestHeader.get('authorization'), userToken: request.userToken, threadId: request.threadId });
          yield { threadId: request.threadId };
        },
      }),
    );
    const headers = { authorization: 'Bearer sk-grpc-1f2e3d4c5b' };
    for (const open of [
      createBoostedGrpcTransport({ transport: createGrpcTransport({ baseUrl: url }) }),
      createBoostedNodeGrpcTransport({ baseUrl: url, userToken: async () => 'user-42' }),
    ]) {
      const controller = new AbortController();
      await open({ threadId: 't', headers, signal: controller.signal, onMessage: () => undefined, onStateChange: (state) => state === 'open' && controller.abort() }).catch(() => undefined);
    }

    expect(seen).toEqual([
      { authorization: 'Bearer sk-grpc-1f2e3d4c5b', userToken: '', threadId: 't' },
      { authorization: 'Bearer sk-grpc-1f2e3d4c5b', userToken: 'user-42', threadId: 't' },
    ]);
  });

  it('a server that answers a gRPC code maps it onto the transport error an SSE stream would give', async () => {
    const codes = [Code.Unavailable, Code.NotFound, Code.DeadlineExceeded, Code.Internal, Code.Unimplemented];
    let call = 0;
    const { url } = await serveThreadService('1.1', (router) =>
      router.service(ThreadService, {
        async *streamThreadEvents() {},
        // eslint-disable-next-line require-yield
        async *subscribeThreadEvents() {
          throw new ConnectError('refused', codes[call++]);
        },
      }),
    );
    const open = createBoostedGrpcTransport({ baseUrl: url });
    const failures = [];
    for (const _code of codes) failures.push(await open({ threadId: 't', signal: new AbortController().signal, onMessage: () => undefined }).catch((error: unknown) => error));

    expect(failures.map((failure) => (({ kind, status, retryable }) => ({ kind, status, retryable }))(failure as { kind: string; status: number; retryable: boolean }))).toEqual([
      { kind: 'network', status: 503, retryable: true },
      { kind: 'http', status: 404, retryable: false },
      { kind: 'timeout', status: 504, retryable: true },
      { kind: 'server', status: 500, retryable: true },
      { kind: 'http', status: 501, retryable: false },
    ]);
  });
});

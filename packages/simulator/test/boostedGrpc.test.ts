import { afterEach, describe, expect, it } from 'vitest';
import { Code, ConnectError, createClient } from '@connectrpc/connect';
import type { Client, Transport } from '@connectrpc/connect';
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from '@connectrpc/connect-node';
import { ThreadService } from '../src/boosted/grpc/gen/boosted/thread/v1/thread_service_pb';
import type { StreamThreadEventsRequest, StreamThreadEventsResponse } from '../src/boosted/grpc/gen/boosted/thread/v1/thread_service_pb';
import type { RunningSimulator, StartSimulatorOptions } from '../src/index';
import { startSimulator } from '../src/index';
import { createThread, getJson, postMessage } from './boostedHttp';

let running: RunningSimulator | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options: StartSimulatorOptions = {}) {
  running = await startSimulator({ port: 0, delayMs: 0, heartbeatMs: 0, ...options });
  return { base: `${running.url}/boosted` };
}

// Every way a client reaches the service on the simulator's one port.
const transports: Array<[string, (baseUrl: string) => Transport]> = [
  ['the Connect protocol over HTTP/1.1', (baseUrl) => createConnectTransport({ baseUrl, httpVersion: '1.1' })],
  ['gRPC-web over HTTP/1.1', (baseUrl) => createGrpcWebTransport({ baseUrl, httpVersion: '1.1' })],
  ['gRPC over cleartext HTTP/2', (baseUrl) => createGrpcTransport({ baseUrl })],
];

/** Reads a call's responses until `last` holds for one, then cancels the call. */
async function readUntil(
  open: (signal: AbortSignal) => AsyncIterable<StreamThreadEventsResponse>,
  last: (response: StreamThreadEventsResponse) => boolean,
): Promise<StreamThreadEventsResponse[]> {
  const controller = new AbortController();
  const responses: StreamThreadEventsResponse[] = [];
  try {
    for await (const response of open(controller.signal)) {
      responses.push(response);
      if (last(response)) break;
    }
  } finally {
    controller.abort();
  }
  return responses;
}

const cases = (responses: readonly StreamThreadEventsResponse[]) => responses.map((response) => response.threadData?.payload.case ?? 'keepalive');
const isMessage = (response: StreamThreadEventsResponse) => response.threadData?.payload.case === 'messageEvent';
const subscription = (threadId: string): StreamThreadEventsRequest => ({ threadId, userToken: '', subscribe: true }) as StreamThreadEventsRequest;

/**
 * Subscribes to a thread and reads until `last`: `ready` resolves at the first response (the
 * subscription is in place, so a message posted now is seen), and `onResponse` runs before each
 * response is kept.
 */
function subscribeUntil(
  client: Client<typeof ThreadService>,
  threadId: string,
  last: (response: StreamThreadEventsResponse) => boolean,
  onResponse?: (response: StreamThreadEventsResponse) => Promise<void>,
): { ready: Promise<void>; reading: Promise<StreamThreadEventsResponse[]> } {
  let subscribed!: () => void;
  const ready = new Promise<void>((resolve) => (subscribed = resolve));
  const reading = readUntil(
    (signal) =>
      (async function* () {
        for await (const response of client.subscribeThreadEvents(subscription(threadId), { signal })) {
          subscribed();
          await onResponse?.(response);
          yield response;
        }
      })(),
    last,
  );
  return { ready, reading };
}

describe.each(transports)('Boosted gRPC service, %s', (_name, transportFor) => {
  it('subscribes a call with a keepalive, then sends every frame as its ThreadData member, with no task status', async () => {
    const { base } = await start();
    const client = createClient(ThreadService, transportFor(`${base}/scenario/progress`));
    const threadId = await createThread(base);
    const { ready, reading } = subscribeUntil(client, threadId, isMessage);
    await ready;
    await postMessage(`${base}/scenario/progress`, threadId, 'go');
    const responses = await reading;

    expect(responses.every((response) => response.threadId === threadId)).toBe(true);
    expect(cases(responses)[0]).toBe('keepalive');
    const events = cases(responses).filter((name) => name !== 'keepalive');
    expect(events.filter((name) => name === 'workInProgressEvent')).toHaveLength(6);
    expect(events.at(-1)).toBe('messageEvent');
    const chunks = responses.flatMap((response) => (response.threadData?.payload.case === 'messageChunkEvent' ? [response.threadData.payload.value] : []));
    expect(chunks.map((chunk) => chunk.finalChunk)).toEqual([...chunks.slice(1).map(() => false), true]);
    const message = responses.at(-1)!.threadData!.payload;
    expect(message.case === 'messageEvent' && message.value.message).toBe(chunks.map((chunk) => chunk.message).join(''));
  });

  it('refuses an unknown thread, a call that does not subscribe, and a fault with no gRPC form', async () => {
    const { base } = await start();
    const client = createClient(ThreadService, transportFor(base));
    const threadId = await createThread(base);
    const failure = (request: StreamThreadEventsRequest, headers?: HeadersInit) =>
      readUntil((signal) => client.subscribeThreadEvents(request, { signal, headers }), () => true).catch((error: unknown) => ConnectError.from(error));

    expect(await failure(subscription('no-such-thread'))).toMatchObject({ code: Code.NotFound });
    expect(await failure({ ...subscription(threadId), subscribe: false } as StreamThreadEventsRequest)).toMatchObject({ code: Code.InvalidArgument });
    expect(await failure(subscription(threadId), { 'x-simulator-fault': 'garbage' })).toMatchObject({
      code: Code.InvalidArgument,
      rawMessage: 'garbage has no gRPC form: it acts on the bytes of an SSE stream',
    });
  });

  it('refuses a call without the bearer token, once a token is set', async () => {
    const { base } = await start({ token: 'sim-token-1234' });
    const client = createClient(ThreadService, transportFor(base));
    const threadId = await (await fetch(`${base}/v2/threads`, { method: 'POST', headers: { authorization: 'Bearer sim-token-1234' }, body: JSON.stringify({ thread_name: 't' }) }).then((response) => response.json() as Promise<{ thread_id: string }>)).thread_id;
    const read = (authorization: string) => readUntil((signal) => client.subscribeThreadEvents(subscription(threadId), { signal, headers: { authorization } }), () => true);

    await expect(read('Bearer wrong')).rejects.toMatchObject({ code: Code.Unauthenticated });
    expect(cases(await read('Bearer sim-token-1234'))).toEqual(['keepalive']);
  });

  it('sends a keepalive every heartbeat while the thread is idle', async () => {
    const { base } = await start({ heartbeatMs: 30 });
    const client = createClient(ThreadService, transportFor(base));
    const threadId = await createThread(base);
    let count = 0;
    const responses = await readUntil((signal) => client.subscribeThreadEvents(subscription(threadId), { signal }), () => (count += 1) === 4);

    expect(cases(responses)).toEqual(['keepalive', 'keepalive', 'keepalive', 'keepalive']);
  });
});

describe('Boosted gRPC service, the frames SSE has no form for and back', () => {
  let client: Client<typeof ThreadService>;
  const subscribe = async (base: string, scenario: string, last: (response: StreamThreadEventsResponse) => boolean, cancelAfterChunks?: number) => {
    client = createClient(ThreadService, createGrpcTransport({ baseUrl: base }));
    const threadId = await createThread(base);
    let chunks = 0;
    const { ready, reading } = subscribeUntil(client, threadId, last, async (response) => {
      if (response.threadData?.payload.case === 'messageChunkEvent' && (chunks += 1) === cancelAfterChunks) {
        await fetch(`${base}/v2/threads/${threadId}/task`, { method: 'DELETE' });
      }
    });
    await ready;
    await postMessage(base, threadId, 'go', { 'x-simulator-scenario': scenario });
    return { threadId, responses: await reading };
  };

  it('a malformed step is a ThreadData member the schema does not know, carrying its text', async () => {
    const { base } = await start();
    const { responses } = await subscribe(base, 'malformed', isMessage);
    const unknown = responses.filter((response) => response.threadData && response.threadData.payload.case === undefined);

    expect(unknown).toHaveLength(1);
    const [field] = unknown[0]!.threadData!.$unknown ?? [];
    expect(field?.no).toBe(15);
    expect(new TextDecoder().decode(field?.data.subarray(1))).toBe('data: {"message_chunk": {"message": "broken');
  });

  it('citations carry their type-specific object, the document one under document_citation', async () => {
    const { base } = await start();
    const { responses } = await subscribe(base, 'citations-artifacts', isMessage);
    const message = responses.at(-1)!.threadData!.payload;
    const citations = message.case === 'messageEvent' ? (message.value.messageMetadata?.citations ?? []) : [];

    expect(citations.map((citation) => [citation.citationType, citation.details.case])).toEqual([
      ['web', 'webCitation'],
      ['news_development', 'newsDevelopmentCitation'],
      ['news_article', 'newsArticleCitation'],
      ['text', 'documentCitation'],
      ['fiscal_quarter_earnings', 'fiscalQuarterEarningsCitation'],
      ['variable', 'variableCitation'],
    ]);
    const web = citations[0]!.details;
    expect(web.case === 'webCitation' && web.value.snippetHighlightStart).toBeTypeOf('number');
  });

  it('a thread rename is a thread_name_event, and the thread takes the name', async () => {
    const { base } = await start();
    const { threadId, responses } = await subscribe(base, 'rename', isMessage);
    const renames = responses.flatMap((response) => (response.threadData?.payload.case === 'threadNameEvent' ? [response.threadData.payload.value.threadName] : []));

    expect(renames).toEqual(['Microsoft dividend history']);
    const listed = await getJson<{ threads: Array<{ thread_id: string; thread_name: string }> }>(`${base}/v2/threads`);
    expect(listed.threads.find((thread) => thread.thread_id === threadId)?.thread_name).toBe('Microsoft dividend history');
  });

  it('a worker error ends the run: no final message, and the progress endpoint says Failed', async () => {
    const { base } = await start();
    const { threadId, responses } = await subscribe(base, 'worker-error', (response) => response.threadData?.payload.case === 'workerErrorEvent');
    const error = responses.at(-1)!.threadData!.payload;

    expect(error.case === 'workerErrorEvent' && [error.value.message, error.value.code]).toEqual([
      'The worker running this task stopped unexpectedly. Ask again to retry.',
      'worker_unavailable',
    ]);
    expect(cases(responses)).not.toContain('messageEvent');
    expect(await getJson(`${base}/v2/threads/${threadId}/progress`)).toMatchObject({ progress_data: { status: 'Failed' } });
  });

  it('a cancelled task sends the cancelled chunk, then message_cancelled_event, then the complete message', async () => {
    const { base } = await start({ delayMs: 2 });
    const { responses } = await subscribe(base, 'cancel', isMessage, 5);
    const events = cases(responses).filter((name) => name !== 'keepalive');

    expect(events.slice(-3)).toEqual(['messageChunkEvent', 'messageCancelledEvent', 'messageEvent']);
    const cancelled = responses.filter((response) => response.threadData?.payload.case === 'messageChunkEvent').at(-1)!.threadData!.payload;
    expect(cancelled.case === 'messageChunkEvent' && [cancelled.value.message, cancelled.value.finalChunk]).toEqual(['\n\nUser cancelled message', true]);
  });

  it('the bidirectional call runs over HTTP/2 on the same port as HTTP/1.1, and ends when the client stops subscribing', async () => {
    const { base } = await start({ heartbeatMs: 20 });
    client = createClient(ThreadService, createGrpcTransport({ baseUrl: base }));
    const threadId = await createThread(base);
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    async function* requests() {
      yield subscription(threadId);
      await stopped;
      yield { ...subscription(threadId), subscribe: false } as StreamThreadEventsRequest;
    }
    const responses: StreamThreadEventsResponse[] = [];
    for await (const response of client.streamThreadEvents(requests())) {
      responses.push(response);
      if (responses.length === 3) stop();
    }

    // The call ended on its own (no error), after the keepalives it had.
    expect(cases(responses).slice(0, 3)).toEqual(['keepalive', 'keepalive', 'keepalive']);
    expect((await fetch(`${base}/v2/threads`)).status).toBe(200);
  });
});

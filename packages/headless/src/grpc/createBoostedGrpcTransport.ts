import { create } from '@bufbuild/protobuf';
import { Code, ConnectError, createClient } from '@connectrpc/connect';
import type { CallOptions, Client, Transport } from '@connectrpc/connect';
import { createConnectTransport, createGrpcWebTransport } from '@connectrpc/connect-web';
import { anySignal } from '../transport/anySignal';
import { createStallWatchdog } from '../transport/createStallWatchdog';
import type { StallWatchdog } from '../transport/createStallWatchdog';
import { resolveHeaders } from '../transport/HeadersOption';
import { defaultStallTimeoutMs } from '../transport/openSseStream';
import type { ThreadStreamConnection, ThreadStreamTransport } from '../transport/ThreadStreamTransport';
import { TransportError } from '../transport/TransportError';
import { StreamThreadEventsRequestSchema, ThreadService } from './gen/boosted/thread/v1/thread_service_pb';
import type { StreamThreadEventsRequest, StreamThreadEventsResponse } from './gen/boosted/thread/v1/thread_service_pb';
import { toBoostedSseMessage } from './toBoostedSseMessage';
import { toGrpcTransportError } from './toGrpcTransportError';

/**
 * Which method of `ThreadService` streams the events:
 * - `server-streaming`: `SubscribeThreadEvents`, one request and a stream of responses, which
 *   every transport carries, browsers' included (the Connect protocol or gRPC-web over `fetch`);
 * - `bidi`: the vendor's `StreamThreadEvents`, whose request stream stays open while the client
 *   listens; it needs HTTP/2 from end to end, so Node's gRPC transport (see
 *   `@threadline/headless/grpc/node`), never a browser.
 */
export type BoostedGrpcCall = 'server-streaming' | 'bidi';

/** Options for {@link createBoostedGrpcTransport}. */
export interface BoostedGrpcTransportOptions {
  /**
   * Where the service answers: calls go to `<baseUrl>/boosted.thread.v1.ThreadService/<method>`.
   * Required unless `transport` is given.
   */
  baseUrl?: string;
  /** The protocol of the default, `fetch`-based transport: `connect` (default) or `grpc-web`. */
  protocol?: 'connect' | 'grpc-web';
  /** The `fetch` of the default transport (defaults to the global one). */
  fetch?: typeof fetch;
  /** A Connect transport of your own (connect-node's `createGrpcTransport` for gRPC over HTTP/2); replaces `baseUrl`, `protocol` and `fetch`. */
  transport?: Transport;
  /** Default `server-streaming`. */
  call?: BoostedGrpcCall;
  /**
   * The request's `user_token`, or a function evaluated per connection. The vendor's request has
   * the field but does not say what it holds, so it is empty unless given: the bearer token is
   * sent in the `authorization` metadata, from `headers`, and nowhere else.
   */
  userToken?: string | (() => string | Promise<string>);
}

type ThreadServiceClient = Client<typeof ThreadService>;

/**
 * Streams Boosted thread events over the Thread API's gRPC service. Each response becomes the
 * SSE frame it stands for (see `toBoostedSseMessage`), so the decoder, the store and the UI
 * cannot tell which transport fed them, and the controller's reconnects and recovery are the
 * SSE stream's: a failed call is a `TransportError` of the same kind, an `Unauthenticated` one
 * is asked once more with `headers` evaluated again, and a keepalive (a response without
 * `thread_data`) is a heartbeat to the stall watchdog. The bearer token goes in the call's
 * `authorization` metadata (from the connection's `headers`, as every other header does).
 */
export function createBoostedGrpcTransport(options: BoostedGrpcTransportOptions): ThreadStreamTransport {
  const client = createClient(ThreadService, options.transport ?? createFetchTransport(options));
  const call = options.call ?? 'server-streaming';
  const { userToken = '' } = options;
  return (connection) => streamThreadEvents(client, call, connection, typeof userToken === 'function' ? userToken : () => userToken);
}

function createFetchTransport({ baseUrl, protocol = 'connect', fetch }: BoostedGrpcTransportOptions): Transport {
  if (baseUrl === undefined) throw new TypeError('createBoostedGrpcTransport needs a baseUrl or a transport.');
  const transportOptions = { baseUrl, useBinaryFormat: true, ...(fetch ? { fetch } : {}) };
  return protocol === 'grpc-web' ? createGrpcWebTransport(transportOptions) : createConnectTransport(transportOptions);
}

async function streamThreadEvents(
  client: ThreadServiceClient,
  call: BoostedGrpcCall,
  connection: ThreadStreamConnection,
  userToken: () => string | Promise<string>,
): Promise<void> {
  const setState = connection.onStateChange ?? (() => {});
  const stallTimeoutMs = connection.stallTimeoutMs ?? defaultStallTimeoutMs;
  // Ends the call on a stall, and the bidirectional call's request stream once the call is over.
  const local = new AbortController();
  const signal = anySignal([connection.signal, local.signal]);
  // Started by `open`, which TypeScript does not see run: the cast keeps it from narrowing to null.
  let watchdog = null as StallWatchdog | null;
  let headers = new Headers();
  let opened = false;
  let received = false;

  // The first response, a keepalive or an event: headers alone prove nothing, since the gRPC
  // and Connect protocols send them before an error too.
  const open = () => {
    if (opened) return;
    opened = true;
    setState('open');
    if (stallTimeoutMs <= 0) return;
    watchdog = createStallWatchdog({
      timeoutMs: stallTimeoutMs,
      onStall: () => setState('stalled'),
      onResume: () => setState('open'),
      onTimeout: () => local.abort(new TransportError('timeout', 'The stream stalled: nothing arrived, not even a keepalive, for longer than it should.')),
    });
  };

  async function read(): Promise<void> {
    const request = create(StreamThreadEventsRequestSchema, { threadId: connection.threadId, userToken: await userToken(), subscribe: true });
    const callOptions: CallOptions = { headers, signal };
    const responses: AsyncIterable<StreamThreadEventsResponse> =
      call === 'bidi' ? client.streamThreadEvents(untilAborted(request, signal), callOptions) : client.subscribeThreadEvents(request, callOptions);
    for await (const response of responses) {
      open();
      watchdog?.received();
      const message = toBoostedSseMessage(response);
      // A server's first keepalive confirms the subscription; only later ones keep its cadence.
      if (message === null && received) watchdog?.heartbeat();
      if (message !== null) connection.onMessage(message);
      received = true;
    }
  }

  setState('connecting');
  try {
    headers = await resolveHeaders(connection.headers);
    try {
      await read();
    } catch (error) {
      // A token that expired since it was made: asked once more with the headers evaluated again.
      if (received || typeof connection.headers !== 'function' || !isUnauthenticated(error) || signal.aborted) throw error;
      headers = await resolveHeaders(connection.headers);
      await read();
    }
    watchdog?.stop();
    setState('closed');
  } catch (error) {
    watchdog?.stop();
    const failure = toGrpcTransportError(error, signal, headers);
    setState(failure.kind === 'aborted' ? 'closed' : 'failed');
    throw failure;
  } finally {
    local.abort();
  }
}

// The vendor's bidirectional call lasts as long as its request stream: one subscription, then
// nothing until the client stops listening.
async function* untilAborted(request: StreamThreadEventsRequest, signal: AbortSignal): AsyncGenerator<StreamThreadEventsRequest> {
  yield request;
  if (signal.aborted) return;
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function isUnauthenticated(error: unknown): boolean {
  return error instanceof ConnectError && error.code === Code.Unauthenticated;
}

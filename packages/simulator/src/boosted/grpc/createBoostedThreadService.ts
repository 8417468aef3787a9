import type { IncomingMessage } from 'node:http';
import { constants as http2Constants } from 'node:http2';
import type { Http2ServerRequest } from 'node:http2';
import { Code, ConnectError, createContextKey } from '@connectrpc/connect';
import type { HandlerContext, ServiceImpl } from '@connectrpc/connect';
import type { BoostedSettings } from '../BoostedContext';
import type { BoostedThread } from '../BoostedThread';
import { createGrpcSubscriber } from './createGrpcSubscriber';
import type { GrpcSubscriber } from './createGrpcSubscriber';
import type { ThreadService, StreamThreadEventsRequest, StreamThreadEventsResponse } from './gen/boosted/thread/v1/thread_service_pb';
import { takeGrpcFault } from './takeGrpcFault';

/** A Node request, from an HTTP/1.1 or an HTTP/2 server. */
export type NodeServerRequest = IncomingMessage | Http2ServerRequest;

/** The Node request under a call, so a fault can break its connection. */
export const nodeRequestKey = createContextKey<NodeServerRequest | undefined>(undefined);

/**
 * `ThreadService` on the simulator's threads. Both methods subscribe the call to the thread the
 * way `GET /v2/threads/stream/{id}` does (same frames, same faults, counted together); the
 * bidirectional one ends when the client closes its request stream or asks `subscribe: false`.
 * A `token` is checked against the `authorization` metadata.
 */
export function createBoostedThreadService(threads: ReadonlyMap<string, BoostedThread>, settings: BoostedSettings): ServiceImpl<typeof ThreadService> {
  // Checks the call and subscribes it to its thread; throws what the call fails with.
  function open(request: StreamThreadEventsRequest, context: HandlerContext): { thread: BoostedThread; subscriber: GrpcSubscriber } {
    if (settings.token !== undefined && context.requestHeader.get('authorization') !== `Bearer ${settings.token}`) {
      throw new ConnectError('Not authenticated', Code.Unauthenticated);
    }
    const thread = threads.get(request.threadId);
    if (!thread) throw new ConnectError('Thread not found', Code.NotFound);
    if (!request.subscribe) throw new ConnectError('A call must subscribe to the thread first (subscribe: true)', Code.InvalidArgument);
    const sent = thread.run?.frames ?? [];
    const fault = takeGrpcFault(context.requestHeader, settings.faults, thread.id, sent.length > 0);
    const nodeRequest = context.values.get(nodeRequestKey);
    const subscriber = createGrpcSubscriber({
      threadId: thread.id,
      heartbeatMs: settings.heartbeatMs,
      signal: context.signal,
      scheduler: settings.scheduler,
      fault: fault.stream,
      reset: () => (nodeRequest ? breakConnection(nodeRequest) : undefined),
    });
    thread.subscribers.add(subscriber);
    for (const frame of sent.slice(sent.length - fault.duplicates)) subscriber.send(frame);
    return { thread, subscriber };
  }

  async function* serve({ thread, subscriber }: { thread: BoostedThread; subscriber: GrpcSubscriber }): AsyncGenerator<StreamThreadEventsResponse> {
    try {
      yield* subscriber.responses();
    } finally {
      thread.subscribers.delete(subscriber);
    }
  }

  return {
    async *subscribeThreadEvents(request, context) {
      yield* serve(open(request, context));
    },
    async *streamThreadEvents(requests, context) {
      const incoming = requests[Symbol.asyncIterator]();
      const first = await incoming.next();
      if (first.done) return;
      const subscription = open(first.value, context);
      // Later requests only say whether the client still listens.
      void (async () => {
        for (;;) {
          const next = await incoming.next();
          if (next.done || !next.value.subscribe) return;
        }
      })()
        .catch(() => undefined)
        .finally(() => subscription.subscriber.end());
      yield* serve(subscription);
    },
  };
}

function breakConnection(request: NodeServerRequest): void {
  if ('stream' in request) request.stream.close(http2Constants.NGHTTP2_INTERNAL_ERROR);
  else request.socket.destroy();
}

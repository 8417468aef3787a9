import type { ClientSessionOptions, SecureClientSessionOptions } from 'node:http2';
import { createGrpcTransport } from '@connectrpc/connect-node';
import type { ThreadStreamTransport } from '../../transport/ThreadStreamTransport';
import { createBoostedGrpcTransport } from '../createBoostedGrpcTransport';
import type { BoostedGrpcTransportOptions } from '../createBoostedGrpcTransport';

/** Options for {@link createBoostedNodeGrpcTransport}. */
export interface BoostedNodeGrpcTransportOptions {
  /** Where the service answers, `http://` (cleartext HTTP/2) or `https://`: calls go to `<baseUrl>/boosted.thread.v1.ThreadService/StreamThreadEvents`. */
  baseUrl: string;
  /**
   * How often to send an HTTP/2 PING on a connection with an open stream, in ms (default 30,000),
   * so the channel stays open through idle spells, and a peer that stopped answering is found
   * even when no event is due.
   */
  pingIntervalMs?: number;
  /** How long a PING may go unanswered before the connection and its streams close, in ms (default 15,000). */
  pingTimeoutMs?: number;
  /** Options for `http2.connect` (certificates, for example). */
  nodeOptions?: ClientSessionOptions | SecureClientSessionOptions;
  /** The most bytes one response may take (default: Connect's, about 4 GiB). */
  readMaxBytes?: number;
  /** The request's `user_token` (see `createBoostedGrpcTransport`). */
  userToken?: BoostedGrpcTransportOptions['userToken'];
}

/**
 * Boosted's own call in Node (server rendering, scripts, tests): the bidirectional
 * `StreamThreadEvents` over gRPC on HTTP/2, with keepalive PINGs on the channel. Browsers cannot
 * make this call; they use `createBoostedGrpcTransport`'s server-streaming form.
 */
export function createBoostedNodeGrpcTransport(options: BoostedNodeGrpcTransportOptions): ThreadStreamTransport {
  const transport = createGrpcTransport({
    baseUrl: options.baseUrl,
    pingIntervalMs: options.pingIntervalMs ?? 30_000,
    pingTimeoutMs: options.pingTimeoutMs ?? 15_000,
    ...(options.nodeOptions ? { nodeOptions: options.nodeOptions } : {}),
    ...(options.readMaxBytes === undefined ? {} : { readMaxBytes: options.readMaxBytes }),
  });
  return createBoostedGrpcTransport({ transport, call: 'bidi', userToken: options.userToken });
}

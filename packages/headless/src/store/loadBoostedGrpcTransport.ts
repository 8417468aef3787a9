import type { ThreadStreamTransport } from '../transport/ThreadStreamTransport';
import { TransportError } from '../transport/TransportError';

/** Where a Boosted thread's gRPC service answers. */
export interface BoostedGrpcEndpoint {
  /** The service's base URL: the connection's `grpcBaseUrl`, else its `baseUrl`. */
  baseUrl: string;
  fetch?: typeof fetch;
}

/**
 * The default gRPC transport: `createBoostedGrpcTransport`'s server-streaming call over the
 * Connect protocol, loaded with `import()` when the thread first connects, so an app that never
 * streams over gRPC never downloads protobuf and Connect. A failed load is a retryable
 * `network` error, and the next connection loads again.
 */
export function loadBoostedGrpcTransport(endpoint: BoostedGrpcEndpoint): ThreadStreamTransport {
  let loading: Promise<ThreadStreamTransport> | null = null;
  return async (connection) => {
    loading ??= import('../grpc/createBoostedGrpcTransport').then(({ createBoostedGrpcTransport }) => createBoostedGrpcTransport(endpoint));
    let open: ThreadStreamTransport;
    try {
      open = await loading;
    } catch (error) {
      loading = null;
      connection.onStateChange?.('failed');
      throw new TransportError('network', `The gRPC transport could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    return open(connection);
  };
}

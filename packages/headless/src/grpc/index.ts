// @threadline/headless/grpc: the Boosted Thread API's gRPC service as a thread stream transport.
// Browser-safe (the Connect protocol or gRPC-web over fetch); the Node-only bidirectional call
// is in @threadline/headless/grpc/node.

export { createBoostedGrpcTransport } from './createBoostedGrpcTransport';
export type { BoostedGrpcCall, BoostedGrpcTransportOptions } from './createBoostedGrpcTransport';
export { toBoostedSseMessage } from './toBoostedSseMessage';
export { StreamThreadEventsRequestSchema, StreamThreadEventsResponseSchema, ThreadDataSchema, ThreadService } from './gen/boosted/thread/v1/thread_service_pb';
export type { StreamThreadEventsRequest, StreamThreadEventsResponse, ThreadData } from './gen/boosted/thread/v1/thread_service_pb';
export type { ThreadStreamConnection, ThreadStreamTransport } from '../transport/ThreadStreamTransport';

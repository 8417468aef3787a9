// @threadline/headless/grpc/node: the Boosted gRPC service's bidirectional call, for Node only
// (it imports node:http2 through @connectrpc/connect-node).

export { createBoostedNodeGrpcTransport } from './createBoostedNodeGrpcTransport';
export type { BoostedNodeGrpcTransportOptions } from './createBoostedNodeGrpcTransport';

import type { ServerResponse } from 'node:http';

/** Adds the permissive CORS headers the demo needs when it calls the simulator cross-origin. */
export function applyCors(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader(
    'access-control-allow-headers',
    'authorization, content-type, last-event-id, x-simulator-scenario, x-simulator-pacing, x-simulator-fault, openai-beta, idempotency-key, ' +
      'connect-protocol-version, connect-timeout-ms, grpc-timeout, x-grpc-web, x-user-agent',
  );
  // Browsers hide response headers outside the CORS safelist from cross-origin callers; a retry
  // needs the first two, and a gRPC-web client reads its status from the others.
  res.setHeader('access-control-expose-headers', 'retry-after, www-authenticate, grpc-status, grpc-message, grpc-status-details-bin');
  res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, PATCH, OPTIONS');
  res.setHeader('access-control-max-age', '600');
}

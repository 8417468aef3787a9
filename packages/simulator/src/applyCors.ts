import type { ServerResponse } from 'node:http';

/** Adds the permissive CORS headers the demo needs when it calls the simulator cross-origin. */
export function applyCors(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type, last-event-id, x-simulator-scenario, x-simulator-pacing, x-simulator-fault, openai-beta, idempotency-key');
  // Browsers hide response headers outside the CORS safelist from cross-origin callers; a retry needs these.
  res.setHeader('access-control-expose-headers', 'retry-after, www-authenticate');
  res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, PATCH, OPTIONS');
  res.setHeader('access-control-max-age', '600');
}

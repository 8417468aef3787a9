import { afterEach } from 'vitest';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A throwaway HTTP server on 127.0.0.1 and a free port. */
export async function startLoopbackServer(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A `serve(handler)` for a test file: each call starts a loopback server and resolves with its
 * URL; every server is closed after the test that started it.
 */
export function serveEachTest(): (handler: (request: IncomingMessage, response: ServerResponse) => void) => Promise<string> {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  return async (handler) => {
    const server = await startLoopbackServer(handler);
    closers.push(server.close);
    return server.url;
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSecureServer } from 'node:http2';
import type { Http2ServerRequest, Http2ServerResponse, ServerHttp2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createSimulator } from '@threadline/simulator';
import { serveStatic } from '../../browser/node/serveStatic';
import { createSelfSignedCertificate } from './createSelfSignedCertificate';

/** The soak's one origin: the built page and the simulator, over HTTP/2. */
export interface SoakServer {
  /** e.g. `https://127.0.0.1:41234` */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the soak server on 127.0.0.1 (a free port): the page from `root` and the simulator
 * under `/boosted` (no frame delay: the pacing header paces the answers).
 *
 * HTTP/2 over TLS, because a browser opens at most six HTTP/1.1 connections to one host, and a
 * Boosted thread holds one for as long as it listens: over HTTP/1.1 the seventh thread's stream,
 * and every post behind it, would wait for one of the first six to close. HTTP/2 carries them all
 * as streams of one connection, as a production API behind a current proxy does.
 */
export async function startSoakServer(root: string): Promise<SoakServer> {
  const simulator = createSimulator({ delayMs: 0, heartbeatMs: 5000 });
  // The simulator is written against node:http; the compatibility API of node:http2 has the
  // same shape for everything it uses. (Node warns once that it drops the simulator's
  // `connection` header, which HTTP/2 forbids.)
  const handle = (req: Http2ServerRequest, res: Http2ServerResponse) => {
    const request = req as unknown as IncomingMessage;
    const response = res as unknown as ServerResponse;
    const { pathname } = new URL(`https://soak.invalid${req.url}`);
    if (pathname.startsWith('/boosted')) return simulator.handle(request, response);
    serveStatic(root, pathname, response).catch(() => res.destroy());
  };
  const server = createSecureServer({ ...createSelfSignedCertificate(), allowHTTP1: true, settings: { maxConcurrentStreams: 1000 } }, handle);
  const sessions = new Set<ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    close() {
      simulator.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const session of sessions) session.destroy();
      return closed;
    },
  };
}

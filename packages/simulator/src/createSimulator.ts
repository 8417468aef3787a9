import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import { applyCors } from './applyCors';
import { createAssistantsDialect } from './assistants/createAssistantsDialect';
import { createBoostedDialect } from './boosted/createBoostedDialect';
import { createChatKitDialect } from './chatkit/createChatKitDialect';
import { createScheduler } from './createScheduler';
import type { Dialect } from './Dialect';
import { createFaultLedger } from './faults/createFaultLedger';
import { BodyTooLargeError } from './readRequestBody';
import { sendJson } from './sendJson';
import type { SimulatorOptions } from './SimulatorOptions';
import { createTeammateDialect } from './teammate/createTeammateDialect';

/** A simulator as a request handler, independent of any server. */
export interface Simulator {
  /**
   * Handles a request in connect/Vite middleware style. Paths the simulator does not own go to
   * `next()` when given, else get a 404 JSON answer. Safe to pass unbound (`use(simulator.handle)`).
   */
  handle(req: IncomingMessage, res: ServerResponse, next?: () => void): void;
  /**
   * Handles a request that came over cleartext HTTP/2 (h2c): the Boosted gRPC service, whose
   * bidirectional call needs HTTP/2. Anything else is a 404; the REST and SSE routes are served
   * over HTTP/1.1 by `handle`.
   */
  handleHttp2(req: Http2ServerRequest, res: Http2ServerResponse): void;
  /** Ends every open stream and clears every pacing timer; later requests get 503. */
  close(): void;
}

function ownerOf(dialects: readonly Dialect[], pathname: string): Dialect | undefined {
  return dialects.find((dialect) => pathname === dialect.prefix || pathname.startsWith(`${dialect.prefix}/`));
}

/**
 * Creates a simulator speaking every dialect under its own prefix:
 * - `/boosted`: the Boosted Thread API v2 (`/boosted/v2/threads`...);
 * - `/assistants`: the OpenAI Assistants API v2, API root `/assistants/v1`;
 * - `/teammate`: the Teammate (m8tes) Runs API, API root `/teammate/api/v2`;
 * - `/chatkit`: the ChatKit server protocol, one endpoint `POST /chatkit`.
 *
 * Each dialect also answers under `<prefix>/scenario/<name>/...` with that scenario pinned, and
 * reads the `x-simulator-scenario` header; otherwise keywords in the user's message pick the
 * scenario. A Boosted message may also carry the `x-simulator-pacing` header (see `Pacing`),
 * which paces its answer's chunks instead of `delayMs`. The streaming requests of every dialect
 * read the `x-simulator-fault` header (see `Fault`). The `token`, CORS and the 503 after
 * `close()` apply to every dialect. The Boosted gRPC service answers below `/boosted` too: the
 * Connect protocol and gRPC-web through `handle`, and gRPC over HTTP/2 through `handleHttp2`.
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const scheduler = createScheduler();
  const delayMs = options.delayMs ?? 30;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const faults = createFaultLedger();
  const boosted = createBoostedDialect({ delayMs, framing: options.boostedFraming ?? 'key', heartbeatMs, scheduler, faults, token: options.token });
  const dialects: Dialect[] = [
    boosted,
    createAssistantsDialect({ delayMs, scheduler, faults }),
    createTeammateDialect({ delayMs, heartbeatMs, scheduler, faults }),
    createChatKitDialect({ delayMs, scheduler, faults }),
  ];

  const respond = async (req: IncomingMessage, res: ServerResponse, notFound: () => void): Promise<void> => {
    // Prefixing keeps a path such as //host/x from being read as an authority.
    const url = new URL(`http://simulator.invalid${req.url ?? '/'}`);
    const dialect = ownerOf(dialects, url.pathname);
    if (!dialect) return notFound();
    applyCors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (scheduler.closed) return sendJson(res, 503, { detail: 'Simulator closed' });
    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { detail: 'Not authenticated' });
    }
    const path = url.pathname.slice(dialect.prefix.length) || '/';
    const handled = await dialect.handle({ req, res, path, query: url.searchParams });
    if (!handled) notFound();
  };

  return {
    handle(req, res, next) {
      const notFound = () => {
        if (next) return next();
        applyCors(res);
        sendJson(res, 404, { detail: 'Not Found' });
      };
      respond(req, res, notFound).catch((error: unknown) => {
        if (res.headersSent) {
          res.destroy();
        } else if (error instanceof BodyTooLargeError) {
          sendJson(res, 413, { detail: error.message });
        } else {
          console.error('[simulator] request failed', error);
          sendJson(res, 500, { detail: 'Internal simulator error' });
        }
      });
    },
    handleHttp2(req, res) {
      const { pathname } = new URL(`http://simulator.invalid${req.url}`);
      if (scheduler.closed) {
        res.writeHead(503);
        res.end();
        return;
      }
      if (pathname.startsWith(`${boosted.prefix}/`) && boosted.handleGrpc(req, res, pathname.slice(boosted.prefix.length))) return;
      res.writeHead(404);
      res.end();
    },
    close() {
      scheduler.close();
      for (const dialect of dialects) dialect.close();
    },
  };
}

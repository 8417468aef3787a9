import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UIMessage } from 'ai';
import { createLongReport, createScheduler, createSimulator, readPacingHeader, splitPacedText } from '@threadline/simulator';
import type { WriteClock } from './createWriteClock';
import { createWriteClock } from './createWriteClock';
import { serveStatic } from './serveStatic';
import { writeUiMessageStream } from './writeUiMessageStream';

/** The one origin every page talks to. */
export interface BenchServer {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  /** When the streams wrote the answer's words (Boosted streams and `/api/chat` alike). */
  clock: WriteClock;
  /** Sets what `/api/history` serves (the 1,000 earlier messages). */
  setHistory(messages: UIMessage[]): void;
  close(): Promise<void>;
}

const boostedStream = /^\/boosted\/v2\/threads\/stream\//;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Starts the bench server on 127.0.0.1 (a free port): the built pages from `root`, the simulator
 * under `/boosted` (no frame delay and no heartbeats: the pacing header paces the answer), and
 * for the peers `POST /api/chat` (the same deltas and pacer in the AI SDK UI message stream
 * protocol), `GET /api/answer` (the floor's whole answer) and `GET /api/history`.
 */
export async function startBenchServer(root: string): Promise<BenchServer> {
  const simulator = createSimulator({ delayMs: 0, heartbeatMs: 0 });
  const scheduler = createScheduler();
  const report = createLongReport();
  const clock = createWriteClock();
  let history: UIMessage[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(`http://bench.invalid${req.url ?? '/'}`);
    if (pathname.startsWith('/boosted')) {
      if (boostedStream.test(pathname)) clock.watch(res);
      simulator.handle(req, res);
      return;
    }
    if (pathname.startsWith('/api/')) {
      const paced = readPacingHeader(req);
      if ('invalid' in paced) return sendJson(res, 400, { detail: paced.invalid });
      const pacing = paced.pacing ?? { deltasPerSecond: 1000 };
      if (req.method === 'POST' && pathname === '/api/chat') {
        clock.watch(res);
        return writeUiMessageStream(req, res, { deltas: splitPacedText(report, pacing), pacing, scheduler });
      }
      if (pathname === '/api/answer') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(splitPacedText(report, pacing).join(''));
        return;
      }
      if (pathname === '/api/history') return sendJson(res, 200, history);
      return sendJson(res, 404, { detail: 'Not found' });
    }
    return serveStatic(root, pathname === '/' ? '/index.html' : pathname, res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[bench server]', error);
      if (!res.headersSent) sendJson(res, 500, { detail: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    clock,
    setHistory(messages) {
      history = messages;
    },
    close() {
      simulator.close();
      scheduler.close();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

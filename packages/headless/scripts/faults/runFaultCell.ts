import { createThreadlineClient } from '@threadline/headless';
import type { ConnectionState, ThreadlineClientOptions, ThreadState } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { DialectDriver, ServerAnswer } from './DialectDriver';
import type { FaultCase } from './faultCases';
import { createFaultFetch } from './createFaultFetch';
import type { RequestRecord } from './createFaultFetch';
import { watchThread } from './watchThread';

/** Timings and client options every cell shares. */
export interface CellSettings {
  /** The simulator's delay between frames, in ms. */
  delayMs: number;
  /** The simulator's heartbeat interval, in ms, short so a watchdog can learn it. */
  heartbeatMs: number;
  /** How long a thread may take to settle before it counts as a hang. */
  timeoutMs: number;
  /** How long a thread must stay settled before the verdict. */
  quietMs: number;
  /** How long to wait for the server's run to end before reading its answer anyway. */
  serverWaitMs: number;
  client: ThreadlineClientOptions;
}

/** What one cell observed, before any judgement. */
export interface CellRun {
  thread: ThreadState | undefined;
  connection: ConnectionState | null;
  timedOut: boolean;
  settledMs: number;
  peakText: string;
  server: ServerAnswer;
  /** Why `send` rejected, if it did (it rejects when the request itself fails). */
  sendError: string | null;
  /** Why driving the thread threw, if it did. */
  driverError: string | null;
  requests: RequestRecord[];
}

const runningStatuses: ReadonlySet<string> = new Set(['queued', 'running', 'cancelling']);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readServerAnswer(driver: DialectDriver, origin: string, thread: ThreadState | undefined, waitMs: number): Promise<ServerAnswer> {
  if (!thread) return { text: null, done: true };
  const deadline = performance.now() + waitMs;
  for (;;) {
    const answer = await driver.readServerAnswer(origin, thread).catch((): ServerAnswer => ({ text: null, done: true }));
    if (answer.done || performance.now() >= deadline) return answer;
    await pause(100);
  }
}

/**
 * Plays one cell: a fresh simulator (so a one-shot fault's count is the cell's own) and a fresh
 * client, the dialect's scenario with the case's fault header on the requests that carry one,
 * then waits for the thread to settle and reads what the server stored.
 */
export async function runFaultCell(driver: DialectDriver, faultCase: FaultCase, settings: CellSettings): Promise<CellRun> {
  const simulator = await startSimulator({ port: 0, delayMs: faultCase.frameDelayMs ?? settings.delayMs, heartbeatMs: settings.heartbeatMs });
  const client = createThreadlineClient(settings.client);
  const requests: RequestRecord[] = [];
  const startedAt = performance.now();
  const fetch = createFaultFetch({
    startedAt,
    carriesFault: driver.carriesFault,
    header: (attempt) => faultCase.header(attempt, driver.faultAfter),
    onRequest: (record) => requests.push(record),
  });
  let sendError: string | null = null;
  let driverError: string | null = null;
  let key = '';
  try {
    // A function, so a client that refreshes headers after a 401 can.
    const started = await driver.start(client, simulator.url, { headers: () => ({ authorization: 'Bearer fault-matrix' }), fetch });
    key = started.key;
    started.sent.catch((error: unknown) => (sendError = messageOf(error)));
  } catch (error) {
    driverError = messageOf(error);
  }
  try {
    const isSettled = (thread: ThreadState | undefined) => {
      const status = thread?.status ?? 'idle';
      return status === 'idle' ? sendError !== null || driverError !== null : !runningStatuses.has(status);
    };
    const watch = await watchThread(client, key, { isSettled, quietMs: settings.quietMs, timeoutMs: settings.timeoutMs, startedAt });
    const connection = client.threadStore.store.getState().connections[key] ?? null;
    const server = await readServerAnswer(driver, simulator.url, watch.thread, settings.serverWaitMs);
    return { ...watch, connection, server, sendError, driverError, requests: requests.sort((a, b) => a.atMs - b.atMs) };
  } finally {
    client.disconnectAll();
    await simulator.close();
  }
}

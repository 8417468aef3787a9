// pnpm test:faults [--fault <label>] [--dialect <name>] [--concurrency N] [--json <file>]:
// every simulator fault against every dialect it applies to, as a matrix of outcomes. Exits 1
// when a cell does not meet its expectation (faults/faultCases.ts), 2 when the matrix cannot run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dialectNames } from '@threadline/headless';
import type { DialectName } from '@threadline/headless';
import { faultCases, stallMs } from './faults/faultCases';
import { formatFaultReport } from './faults/formatFaultReport';
import { runFaultMatrix } from './faults/runFaultMatrix';
import type { CellSettings } from './faults/runFaultCell';

function fail(message: string): never {
  console.error(`faults: ${message}`);
  process.exit(2);
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({
  options: {
    fault: { type: 'string', multiple: true },
    dialect: { type: 'string', multiple: true },
    concurrency: { type: 'string', default: '6' },
    json: { type: 'string', default: 'bench/results/faults.json' },
  },
});

const cases = values.fault ? faultCases.filter((faultCase) => values.fault?.some((name) => faultCase.label.startsWith(name))) : faultCases;
if (cases.length === 0) fail(`no fault matches ${values.fault?.join(', ')}; the rows are: ${faultCases.map((faultCase) => faultCase.label).join(', ')}`);
const dialects = (values.dialect ?? dialectNames) as DialectName[];
for (const dialect of dialects) if (!dialectNames.includes(dialect)) fail(`unknown dialect "${dialect}"`);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency takes a positive integer, not "${values.concurrency}"`);

const settings: CellSettings = {
  delayMs: 5,
  heartbeatMs: 100,
  // Past the stall, so a client that waits one out is told so rather than called hung.
  timeoutMs: stallMs + 7_000,
  quietMs: 400,
  serverWaitMs: 3_000,
  client: {
    reconnectDelayMs: 25,
    recoveryPollMs: 100,
    // Assistants and ChatKit streams send no heartbeat to learn: a fallback well inside the
    // stall tells a watchdog from none.
    stallTimeoutMs: 1_500,
  },
};

const started = performance.now();
let done = 0;
const matrix = await runFaultMatrix({
  cases,
  dialects,
  concurrency,
  settings,
  onCell: (faultCase, dialect, run) => {
    done += 1;
    console.error(`faults: ${faultCase.label} × ${dialect}: ${run.timedOut ? 'timed out' : (run.thread?.status ?? 'no thread')} after ${(run.settledMs / 1000).toFixed(1)} s (${done})`);
  },
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
const elapsedMs = performance.now() - started;

console.log(formatFaultReport({ ...matrix, dialects, elapsedMs }));

const jsonPath = resolve(root, values.json);
mkdirSync(dirname(jsonPath), { recursive: true });
const expectations = cases.map(({ label, expected, why, exceptions }) => ({ fault: label, expected, why, exceptions: exceptions ?? {} }));
writeFileSync(jsonPath, `${JSON.stringify({ settings, elapsedMs: Math.round(elapsedMs), expectations, cells: matrix.results, unpinnedCrashes: matrix.unpinnedCrashes }, null, 2)}\n`);
console.log(`JSON: ${jsonPath}`);
process.exit(matrix.results.every((result) => result.meetsExpectation) && matrix.unpinnedCrashes.length === 0 ? 0 : 1);

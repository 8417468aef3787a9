import { toSnapshot } from '@threadline/headless';
import type { DialectName } from '@threadline/headless';
import { faultsByDialect } from '@threadline/simulator';
import { answerText } from './answerText';
import { dialectDrivers } from './dialectDrivers';
import type { FaultCase } from './faultCases';
import type { ReportRow } from './formatFaultReport';
import { judgeCell } from './judgeCell';
import type { Baseline, CellResult } from './judgeCell';
import { pinCrashes } from './pinCrashes';
import type { CellSpan, Crash } from './pinCrashes';
import { runFaultCell } from './runFaultCell';
import type { CellRun, CellSettings } from './runFaultCell';
import { toContentDigest } from './toContentDigest';

/** Options for {@link runFaultMatrix}. */
export interface FaultMatrixOptions {
  cases: readonly FaultCase[];
  dialects: readonly DialectName[];
  /** How many cells run at once. */
  concurrency: number;
  settings: CellSettings;
  /** Hears of each cell as it ends, for progress output. */
  onCell?(faultCase: FaultCase, dialect: DialectName, run: CellRun): void;
}

/** The matrix's rows and every judged cell. */
export interface FaultMatrix {
  rows: ReportRow[];
  results: CellResult[];
  /** Crashes that happened while no cell ran: they fail the run, whoever caused them. */
  unpinnedCrashes: string[];
}

interface PlannedCell {
  id: string;
  faultCase: FaultCase;
  dialect: DialectName;
}

const controlCase: FaultCase = { label: 'baseline', fault: null, header: () => undefined, expected: ['recovered'], why: 'the clean run' };

/** Plays a dialect's scenario without a fault: the answer and content every cell is held to. */
async function readBaseline(dialect: DialectName, settings: CellSettings): Promise<Baseline> {
  const run = await runFaultCell(dialectDrivers[dialect], controlCase, settings);
  if (!run.thread || run.thread.status !== 'complete' || run.server.text === null) {
    throw new Error(`the clean ${dialect} run did not complete (status ${run.thread?.status ?? 'none'}): the matrix has nothing to compare with`);
  }
  if (answerText(run.thread) !== run.server.text) console.error(`faults: the clean ${dialect} run's answer differs from the server's; the control row will show how`);
  return { text: run.server.text, digest: toContentDigest(toSnapshot(run.thread)) };
}

// "recovered (assistants, chatkit: recovered or failed cleanly)": the default, then each exception once.
function describeExpected(faultCase: FaultCase): string {
  const byExpectation = new Map<string, string[]>();
  for (const [dialect, exception] of Object.entries(faultCase.exceptions ?? {})) {
    const expected = exception.expected.join(' or ');
    byExpectation.set(expected, [...(byExpectation.get(expected) ?? []), dialect]);
  }
  const exceptions = [...byExpectation].map(([expected, dialects]) => ` (${dialects.join(', ')}: ${expected})`);
  return `${faultCase.expected.join(' or ')}${exceptions.join('')}`;
}

async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/**
 * Runs every case against every dialect that accepts its fault (`faultsByDialect`), several
 * cells at once, each on its own simulator and client, and judges each against the dialect's
 * clean run. Uncaught errors are pinned on the cell that was running; when several were, those
 * cells run again one at a time to find out which.
 */
export async function runFaultMatrix(options: FaultMatrixOptions): Promise<FaultMatrix> {
  const { cases, dialects, settings } = options;
  const crashes: Crash[] = [];
  const onCrash = (error: unknown) => crashes.push({ at: performance.now(), message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  process.on('unhandledRejection', onCrash);
  process.on('uncaughtException', onCrash);
  try {
    const baselines = new Map<DialectName, Baseline>();
    await Promise.all(dialects.map(async (dialect) => baselines.set(dialect, await readBaseline(dialect, settings))));

    const planned: PlannedCell[] = cases.flatMap((faultCase) =>
      dialects
        .filter((dialect) => faultCase.fault === null || faultsByDialect[dialect].includes(faultCase.fault))
        .map((dialect) => ({ id: `${faultCase.label} × ${dialect}`, faultCase, dialect })),
    );
    const runs = new Map<string, CellRun>();
    const spans = new Map<string, CellSpan>();
    const play = async (cell: PlannedCell) => {
      const start = performance.now();
      const run = await runFaultCell(dialectDrivers[cell.dialect], cell.faultCase, settings);
      spans.set(cell.id, { id: cell.id, start, end: performance.now() });
      runs.set(cell.id, run);
      options.onCell?.(cell.faultCase, cell.dialect, run);
    };
    await runPool(planned, options.concurrency, play);

    let pinned = pinCrashes(crashes, [...spans.values()]);
    const rerun = planned.filter((cell) => pinned.ambiguous.has(cell.id));
    if (rerun.length > 0) {
      crashes.length = 0;
      for (const cell of rerun) await play(cell);
      const again = pinCrashes(crashes, rerun.map((cell) => spans.get(cell.id) as CellSpan));
      pinned = { byCell: new Map([...pinned.byCell, ...again.byCell]), ambiguous: again.ambiguous, unpinned: [...pinned.unpinned, ...again.unpinned] };
    }

    const results: CellResult[] = [];
    const rows: ReportRow[] = cases.map((faultCase) => ({ label: faultCase.label, expected: describeExpected(faultCase), cells: {} }));
    for (const cell of planned) {
      const crash = pinned.byCell.get(cell.id)?.join('; ') ?? null;
      const result = judgeCell(cell.faultCase, cell.dialect, runs.get(cell.id) as CellRun, baselines.get(cell.dialect) as Baseline, crash);
      results.push(result);
      const row = rows[cases.indexOf(cell.faultCase)];
      if (row) row.cells[cell.dialect] = result;
    }
    return { rows, results, unpinnedCrashes: pinned.unpinned };
  } finally {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
  }
}

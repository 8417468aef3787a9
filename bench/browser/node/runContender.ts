import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import type { PageParams, PageReport } from '../page/BenchPageApi';
import { formatPageParams } from '../page/readPageParams';
import type { BenchScenario } from './benchScenarios';
import type { Contender } from './contenders';
import type { BenchServer } from './startBenchServer';
import type { RunResult } from './RunResult';
import { openBareTarget } from './openBareTarget';
import { readMetrics } from './readMetrics';

/** Inputs of {@link runContender}. */
export interface RunContenderOptions {
  browser: Browser;
  server: BenchServer;
  contender: Contender;
  scenario: BenchScenario;
  params: PageParams;
  round: number;
  /** How long the answer's window may take before the run counts as failed. */
  timeoutMs: number;
}

type Metrics = Record<string, number>;

const settleMs = 500;

const seconds = (after: Metrics, before: Metrics, name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One run in a fresh browser context (see `openBareTarget`): open the contender's page, wait until
 * it shows its thread, collect garbage, then read the main thread's `TaskDuration` right before
 * `start()` and right after the last word is painted, and the heap after another collection.
 */
export async function runContender({ browser, server, contender, scenario, params, round, timeoutMs }: RunContenderOptions): Promise<RunResult> {
  const page = await openBareTarget(browser, `${server.url}${contender.page}${formatPageParams(params)}`, { width: 1280, height: 800 });
  try {
    // Each session keeps its own clock: thread CPU time, which a shared machine disturbs least,
    // and wall-clock time, which includes the time the thread waited for a core mid-task.
    await page.send('Performance.enable', { timeDomain: 'threadTicks' });
    const wallClock = await page.attach();
    await wallClock.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.waitFor('window.__bench !== undefined', 60_000);
    await withTimeout(page.evaluate('window.__bench.ready.then(() => true)'), 120_000, 'the page getting ready');
    // Lets what the first paint started (a scroll to the bottom, idle work) finish outside the window.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    await page.send('HeapProfiler.collectGarbage');

    server.clock.arm(params.firstWord, params.lastWord);
    const wallBefore = await readMetrics(wallClock);
    const before = await readMetrics(page);
    await page.evaluate('window.__bench.start(), true');
    await withTimeout(page.evaluate('window.__bench.done.then(() => true)'), timeoutMs, 'the last word');
    const after = await readMetrics(page);
    const wallAfter = await readMetrics(wallClock);
    const written = server.clock.times();
    const report = await page.evaluate<PageReport>('window.__bench.report()');
    await page.send('HeapProfiler.collectGarbage');
    const heap = await readMetrics(page);

    const since = (from: number | null, to: number | null) => (from === null || to === null ? null : to - from);
    return {
      round,
      scenario: scenario.name,
      contender: contender.name,
      busyMs: seconds(after, before, 'TaskDuration'),
      busyWallMs: seconds(wallAfter, wallBefore, 'TaskDuration'),
      scriptMs: seconds(after, before, 'ScriptDuration'),
      layoutMs: seconds(after, before, 'LayoutDuration'),
      styleMs: seconds(after, before, 'RecalcStyleDuration'),
      commits: report.commits,
      maxCommitsPerFrame: report.maxCommitsPerFrame,
      maxCommitsPerFrameStreaming: report.maxCommitsPerFrameStreaming,
      crowdedFrames: report.crowdedFrames,
      longTasks: report.longTasks,
      longestTaskMs: report.longestTaskMs,
      lastWordMs: since(report.startedAt, report.lastWordPaintedAt),
      firstWordWrittenMs: contender.name === 'floor' ? null : since(report.startedAt, written.firstWordWrittenAt),
      // The floor streams nothing: its answer arrives whole, so it has no first-token latency.
      firstTokenLatencyMs: contender.name === 'floor' ? null : since(written.firstWordWrittenAt, report.firstWordPaintedAt),
      firstTokenInPageMs: since(report.firstWordArrivedAt, report.firstWordPaintedAt),
      lastTokenLatencyMs: contender.name === 'floor' ? null : since(written.lastWordWrittenAt, report.lastWordPaintedAt),
      heapMb: (heap.JSHeapUsedSize ?? 0) / 2 ** 20,
      settledRenders: report.settledRenders,
      settledMessages: report.settledMessages,
      newMessageRenders: report.newMessageRenders,
      loadAverage: loadavg()[0] ?? 0,
    };
  } finally {
    await page.close();
  }
}

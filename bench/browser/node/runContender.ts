import { loadavg } from 'node:os';
import type { Browser, CDPSession } from 'playwright-core';
import type { PageParams, PageReport } from '../page/BenchPageApi';
import { formatPageParams } from '../page/readPageParams';
import type { BenchScenario } from './benchScenarios';
import type { Contender } from './contenders';
import type { BenchServer } from './startBenchServer';
import type { RunResult } from './RunResult';

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

async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

const seconds = (after: Metrics, before: Metrics, name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One run in a fresh browser context: open the contender's page, wait until it shows its thread,
 * collect garbage, then read the main thread's `TaskDuration` right before `start()` and right
 * after the last word is painted, and the heap after another collection.
 */
export async function runContender({ browser, server, contender, scenario, params, round, timeoutMs }: RunContenderOptions): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // Each session keeps its own clock: thread CPU time, which a shared machine disturbs least,
    // and wall-clock time, which includes the time the thread waited for a core mid-task.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const wallClock = await context.newCDPSession(page);
    await wallClock.send('Performance.enable', { timeDomain: 'timeTicks' });
    await page.goto(`${server.url}${contender.page}${formatPageParams(params)}`);
    await page.waitForFunction(() => window.__bench !== undefined, undefined, { polling: 50, timeout: 60_000 });
    await withTimeout(page.evaluate(() => window.__bench?.ready), 120_000, 'the page getting ready');
    // Lets what the first paint started (a scroll to the bottom, idle work) finish outside the window.
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');

    server.clock.arm(params.firstWord, params.lastWord);
    const wallBefore = await readMetrics(wallClock);
    const before = await readMetrics(cdp);
    await page.evaluate(() => window.__bench?.start());
    await withTimeout(page.evaluate(() => window.__bench?.done), timeoutMs, 'the last word');
    const after = await readMetrics(cdp);
    const wallAfter = await readMetrics(wallClock);
    const written = server.clock.times();
    const report = (await page.evaluate(() => window.__bench?.report())) as PageReport;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await readMetrics(cdp);

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
    await context.close();
  }
}

import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

interface BenchmarkStats {
  median: number;
  p75: number;
  sampleCount: number;
}

interface Row {
  group: string;
  name: string;
  stats: BenchmarkStats;
  ratio: number;
}

/**
 * Ends `pnpm bench` with one compact table: median and p75 per call, samples, and each
 * benchmark's median as a ratio of the first one in its group (its baseline), measured in
 * the same run. A name ending in `(<n> KB)` also gets a throughput column.
 */
export default class MedianReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows: Row[] = [];
    for (const module of testModules) {
      for (const suite of module.children.allSuites()) rows.push(...groupRows(suite));
    }
    if (rows.length === 0) return;
    const header = ['benchmark', 'median', 'p75', 'samples', 'ratio', 'throughput'];
    const lines = rows.map((row) => [
      `${row.group} > ${row.name}`,
      formatTime(row.stats.median),
      formatTime(row.stats.p75),
      String(row.stats.sampleCount),
      `${row.ratio.toFixed(2)}×`,
      throughput(row),
    ]);
    const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)));
    const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
    process.stdout.write(`\n${format(header)}\n${lines.map(format).join('\n')}\n`);
  }
}

function groupRows(suite: TestSuite): Row[] {
  const rows: Row[] = [];
  for (const child of suite.children) {
    if (child.type !== 'test') continue;
    const stats = benchmarkStats(child);
    if (!stats) continue;
    const baseline = rows[0]?.stats.median ?? stats.median;
    rows.push({ group: suite.name, name: child.name, stats, ratio: stats.median / baseline });
  }
  return rows;
}

// Benchmark results are not part of the public `TestCase` API yet; vitest keeps them on the task.
function benchmarkStats(test: TestCase): BenchmarkStats | null {
  const task = (test as unknown as { task: { result?: { benchmark?: Partial<BenchmarkStats> } } }).task;
  const benchmark = task.result?.benchmark;
  if (benchmark?.median === undefined || benchmark.p75 === undefined || benchmark.sampleCount === undefined) return null;
  return { median: benchmark.median, p75: benchmark.p75, sampleCount: benchmark.sampleCount };
}

function formatTime(milliseconds: number): string {
  if (milliseconds < 0.001) return `${(milliseconds * 1e6).toFixed(0)} ns`;
  if (milliseconds < 1) return `${(milliseconds * 1e3).toFixed(1)} µs`;
  return `${milliseconds.toFixed(2)} ms`;
}

function throughput(row: Row): string {
  const kilobytes = /\((\d+(?:\.\d+)?) KB\)$/.exec(row.name)?.[1];
  if (kilobytes === undefined) return '';
  return `${((Number(kilobytes) / 1024) / (row.stats.median / 1000)).toFixed(1)} MB/s`;
}

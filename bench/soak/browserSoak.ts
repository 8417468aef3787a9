// `pnpm soak:browser`: 50 Boosted threads streaming at once in Debian's Chromium, on the real
// path (worker transport, decoder, store, `useThreadStream`, `Thread.Messages`), each checked
// against the server: every chunk arrived once, and the text streamed and stored is the server's.
// Flags: --threads N (50), --deltas N (first thread's deltas, 400), --rate N (deltas a second, 100),
// --words N (words per delta, 4), --render messages|status (what each thread shows: its messages
// through `Thread.Messages`, or only its status, to tell the UI's cost from the rest), --http1
// (Chromium with HTTP/2 disabled: at most six connections to the origin), --skip-build.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { createLongReport, formatPacingHeader, splitPacedText } from '@threadline/simulator';
import { hashText } from './page/hashText';
import { formatSoakParams } from './page/readSoakParams';
import type { SoakPageReport } from './page/SoakPageApi';
import { checkSoakThread } from './node/checkSoakThread';
import type { SoakExpectation } from './node/checkSoakThread';
import { soakPacing } from './node/soakPacing';
import { startSoakServer } from './node/startSoakServer';

const { values } = parseArgs({
  options: {
    threads: { type: 'string', default: '50' },
    deltas: { type: 'string', default: '400' },
    rate: { type: 'string', default: '100' },
    words: { type: 'string', default: '4' },
    render: { type: 'string', default: 'messages' },
    http1: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});
const threads = Number(values.threads);
const render = values.render === 'status' ? 'status' : 'messages';
const base = { deltas: Number(values.deltas), rate: Number(values.rate), wordsPerDelta: Number(values.words) };
if (![threads, base.deltas, base.rate, base.wordsPerDelta].every((value) => Number.isInteger(value) && value > 0)) {
  console.error('pnpm soak:browser: --threads, --deltas, --rate and --words take positive integers.');
  process.exit(2);
}
const startedAt = Date.now();
const log = (line: string) => console.error(`[soak:browser ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}`);

const report = createLongReport();
const pacings = Array.from({ length: threads }, (_, index) => soakPacing(base, index));
const expectations = pacings.map((pacing): SoakExpectation => {
  const deltas = splitPacedText(report, pacing);
  const text = deltas.join('');
  return { chunks: deltas.length, textLength: text.length, textHash: hashText(text) };
});

if (!values['skip-build']) {
  log('building the page (vite build, production)');
  await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), mode: 'production' });
}
const server = await startSoakServer(fileURLToPath(new URL('./dist', import.meta.url)));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--ignore-certificate-errors', ...(values.http1 ? ['--disable-http2'] : [])],
});

type Metrics = Record<string, number>;
async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}
const elapsedMs = (after: Metrics, before: Metrics, name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Until every thread is checked.
let failed = true;
let census: () => Promise<Record<string, number> | undefined> = async () => undefined;
try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`console: ${message.text()}`);
  });
  census = () => page.evaluate(() => window.__soak?.census());
  const cdp = await context.newCDPSession(page);
  // Thread CPU time: the machine is shared, and time a task waited for a core is not work.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const url = `${server.url}/soak.html${formatSoakParams({ pacing: pacings.map(formatPacingHeader), render })}`;
  await page.goto(url);
  await page.waitForFunction(() => window.__soak !== undefined, undefined, { polling: 50, timeout: 30_000 });
  await withTimeout(page.evaluate(() => window.__soak?.ready), 30_000, `opening ${threads} streams`);
  log(`${threads} streams open, each thread showing its ${render}; ${expectations.reduce((sum, expected) => sum + expected.chunks, 0).toLocaleString('en-US')} chunks to come`);
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');

  const before = await readMetrics(cdp);
  await page.evaluate(() => window.__soak?.start());
  await withTimeout(page.evaluate(() => window.__soak?.done), 90_000, 'every thread completing');
  const after = await readMetrics(cdp);
  const pageReport = (await page.evaluate(() => window.__soak?.report())) as SoakPageReport;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await readMetrics(cdp);

  const checks = pageReport.threads.map((thread, index) => checkSoakThread(thread, expectations[index] as SoakExpectation));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const chunks = sum(pageReport.threads.map((thread) => thread.chunkFrames));
  const lost = sum(checks.map((check) => check.lostChunks));
  const duplicated = sum(checks.map((check) => check.duplicatedChunks));
  const exact = checks.filter((check) => check.problems.length === 0).length;
  const lastFirstChunk = Math.max(...pageReport.threads.map((thread) => thread.firstChunkMs ?? Number.POSITIVE_INFINITY));
  const firstLastChunk = Math.min(...pageReport.threads.map((thread) => thread.lastChunkMs ?? Number.NEGATIVE_INFINITY));
  const ms = (value: number | null) => (value === null ? '–' : Math.round(value).toLocaleString('en-US'));

  console.log('| # | chunks | characters | streamed = server | stored = server | first chunk ms | last chunk ms | complete ms | problems |');
  console.log('| ---: | ---: | ---: | :---: | :---: | ---: | ---: | ---: | --- |');
  pageReport.threads.forEach((thread, index) => {
    const expected = expectations[index] as SoakExpectation;
    const problems = checks[index]?.problems.join('; ') || '–';
    console.log(
      `| ${index + 1} | ${thread.chunkFrames}/${expected.chunks} | ${thread.storedLength.toLocaleString('en-US')} | ${thread.streamedMatchesServer ? 'yes' : 'NO'} | ` +
        `${thread.storedMatchesServer ? 'yes' : 'NO'} | ${ms(thread.firstChunkMs)} | ${ms(thread.lastChunkMs)} | ${ms(thread.completeMs)} | ${problems} |`,
    );
  });
  console.log('');
  console.log('| threads | chunks | lost | duplicated | threads exactly the server\'s | all streaming at once | send → all complete | main-thread busy | long tasks | heap after GC |');
  console.log('| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${threads} | ${chunks.toLocaleString('en-US')} | ${lost} | ${duplicated} | ${exact} of ${threads} | ` +
      `${lastFirstChunk < firstLastChunk ? `yes, ${ms(lastFirstChunk)} to ${ms(firstLastChunk)} ms` : 'no'} | ${ms(pageReport.durationMs)} ms | ` +
      `${ms(elapsedMs(after, before, 'TaskDuration'))} ms | ${pageReport.longTasks} (longest ${ms(pageReport.longestTaskMs)} ms) | ${((heap.JSHeapUsedSize ?? 0) / 2 ** 20).toFixed(1)} MB |`,
  );
  console.log(
    `\nChromium ${browser.version()}, protocols ${pageReport.protocols.join(', ')}; script ${ms(elapsedMs(after, before, 'ScriptDuration'))} ms, ` +
      `layout ${ms(elapsedMs(after, before, 'LayoutDuration'))} ms, style ${ms(elapsedMs(after, before, 'RecalcStyleDuration'))} ms of the busy time.`,
  );
  failed = exact !== threads;
} catch (error) {
  log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  log(`the threads then: ${JSON.stringify(await census().catch(() => undefined))}`);
} finally {
  await browser.close();
  await server.close();
}
log(failed ? 'FAILED' : 'every thread exact');
process.exit(failed ? 1 : 0);

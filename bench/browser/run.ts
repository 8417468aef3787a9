// `pnpm bench:browser`: Threadline against the peers in Debian's Chromium, on production builds.
// Every contender gets the same text, deltas and pacing; runs interleave within each round.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { defaultThrottleMs } from '@threadline/headless';
import { createLongReport, formatPacingHeader, splitPacedText } from '@threadline/simulator';
import type { BenchScenario } from './node/benchScenarios';
import { benchScenarios } from './node/benchScenarios';
import { buildPages, pagesDist } from './node/buildPages';
import { contenders } from './node/contenders';
import { loadEarlierMessages } from './node/loadEarlierMessages';
import { parseRunFlags, usage } from './node/parseRunFlags';
import type { RunFlags } from './node/parseRunFlags';
import { pickAnswerMarkers } from './node/pickAnswerMarkers';
import { runContender } from './node/runContender';
import { failedRun } from './node/RunResult';
import type { RunResult } from './node/RunResult';
import { startBenchServer } from './node/startBenchServer';
import { reportRuns } from './node/reportRuns';

const chromiumPath = '/usr/bin/chromium';
const question = 'Write a huge 20,000-token report';
const resultsFile = fileURLToPath(new URL('../results/browser.json', import.meta.url));

if (process.argv.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
const flags = parseRunFlags(process.argv.slice(2));
if (flags.reprint) {
  const saved = JSON.parse(readFileSync(resultsFile, 'utf8')) as { flags: Partial<RunFlags>; scenarios: BenchScenario[]; contenders: typeof contenders; runs: RunResult[] };
  console.log(describeRenderRate(saved.flags.throttleMs) + reportRuns(saved.runs, saved.scenarios, saved.contenders).markdown);
  process.exit(0);
}
const startedAt = Date.now();
const log = (line: string) => console.error(`[bench:browser ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}`);

if (!flags.skipBuild) {
  log('building the pages (vite build, production)');
  await buildPages();
}

const allDeltas = splitPacedText(createLongReport(), { deltasPerSecond: 1000 });
const markers = pickAnswerMarkers(allDeltas, question, flags.quick ? 2000 : allDeltas.length);
const maxDeltas = markers.deltaCount < allDeltas.length ? { maxDeltas: markers.deltaCount } : {};
const scenarios: BenchScenario[] = benchScenarios
  .filter((scenario) => flags.scenarios.includes(scenario.name))
  .map((scenario) => ({ ...scenario, pacing: { ...scenario.pacing, ...maxDeltas } }));
const chosen = contenders.filter((contender) => flags.only.includes(contender.name));
const streamMs = (markers.deltaCount / 1000) * 1000;
log(`answer: ${markers.deltaCount} deltas, "${markers.firstWord}" … "${markers.lastWord}"; ${flags.rounds} rounds × ${scenarios.length} scenarios × ${chosen.length} contenders${flags.throttleMs === undefined ? '' : `; rendering at most every ${flags.throttleMs} ms`}`);

const server = await startBenchServer(pagesDist);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const chromiumVersion = browser.version();
const runs: RunResult[] = [];

try {
  server.setHistory(await loadEarlierMessages(server.url));
  const paramsFor = (scenario: BenchScenario, firstWord = markers.firstWord, lastWord = markers.lastWord) => ({
    firstWord,
    lastWord,
    pacing: formatPacingHeader(scenario.pacing),
    earlier: scenario.earlier,
    question,
    throttleMs: flags.throttleMs,
  });

  // One short unmeasured run per contender first, so no contender pays for a cold disk or JIT cache alone.
  const warmUp = pickAnswerMarkers(allDeltas, question, 300);
  const warmUpScenario = { ...benchScenarios[0]!, pacing: { deltasPerSecond: 1000, maxDeltas: warmUp.deltaCount } };
  for (const contender of chosen) {
    await runContender({ browser, server, contender, scenario: warmUpScenario, params: paramsFor(warmUpScenario, warmUp.firstWord, warmUp.lastWord), round: 0, timeoutMs: 60_000 });
  }

  for (let round = 1; round <= flags.rounds; round += 1) {
    for (const scenario of scenarios) {
      // Each round starts one contender later, so no contender always runs first or last.
      const order = chosen.map((_, index) => chosen[(index + round - 1) % chosen.length]!);
      for (const contender of order) {
        const timeoutMs = 4 * streamMs + 60_000;
        const result = await runContender({ browser, server, contender, scenario, params: paramsFor(scenario), round, timeoutMs }).catch((error: unknown) =>
          failedRun(round, scenario.name, contender.name, error),
        );
        runs.push(result);
        log(
          result.error
            ? `round ${round} ${scenario.name} ${contender.name}: FAILED ${result.error}`
            : `round ${round} ${scenario.name} ${contender.name}: busy ${result.busyMs.toFixed(0)} ms, ${result.commits} commits, last word ${result.lastWordMs?.toFixed(0)} ms`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const { summaries, ratios, targets, markdown } = reportRuns(runs, scenarios, chosen);
const durationMs = Date.now() - startedAt;
console.log(describeRenderRate(flags.throttleMs) + markdown);
console.log(`\n${runs.length} runs in ${(durationMs / 60_000).toFixed(1)} min; JSON in ${resultsFile}`);

mkdirSync(fileURLToPath(new URL('../results/', import.meta.url)), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify(
    {
      date: new Date(startedAt).toISOString(),
      durationMs,
      chromium: chromiumVersion,
      machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverage: loadavg() },
      flags,
      answer: { deltas: markers.deltaCount, characters: allDeltas.slice(0, markers.deltaCount).join('').length, firstWord: markers.firstWord, lastWord: markers.lastWord },
      scenarios,
      contenders: chosen,
      summaries,
      ratios,
      targets,
      runs,
    },
    null,
    2,
  )}\n`,
);

/** The report's first line when the run set its own render rate, so its figures are not read as the default's. */
function describeRenderRate(throttleMs: number | undefined): string {
  if (throttleMs === undefined) return '';
  return `Threadline's pages and the plain-text and newest-text pages render at most every ${throttleMs} ms (\`--throttle-ms\`), not every ${defaultThrottleMs}.\n\n`;
}

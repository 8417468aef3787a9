import type { BenchScenario } from './benchScenarios';
import type { Contender } from './contenders';
import type { TargetVerdict } from './checkTargets';
import type { ContenderSummary, PairedRatio } from './summarizeRuns';

/** What {@link formatReport} prints. */
export interface ReportInput {
  scenarios: readonly BenchScenario[];
  contenders: readonly Contender[];
  summaries: readonly ContenderSummary[];
  ratios: readonly PairedRatio[];
  targets: readonly TargetVerdict[];
}

const fixed = (value: number | null, digits = 0) => (value === null ? '–' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function ratioCell(ratio: PairedRatio | undefined): string {
  if (!ratio || ratio.median === null) return '–';
  const low = Math.min(...ratio.perRound);
  const high = Math.max(...ratio.perRound);
  const digits = ratio.median < 0.1 ? 3 : 2;
  return `${ratio.median.toFixed(digits)}× (${low.toFixed(digits)}–${high.toFixed(digits)})`;
}

/** The markdown report: medians, paired ratios and the targets. */
export function formatReport({ scenarios, contenders, summaries, ratios, targets }: ReportInput): string {
  const label = (name: string) => contenders.find((contender) => contender.name === name)?.label ?? name;
  const scenarioLabel = (name: string) => scenarios.find((scenario) => scenario.name === name)?.label ?? name;
  const lines: string[] = [];

  lines.push('### Medians per run', '');
  lines.push(
    row(['scenario', 'contender', 'runs', 'busy ms (CPU)', 'busy ms (wall)', 'commits', 'max commits/frame (streaming)', 'long tasks', 'last word ms', 'first token ms', 'last token ms', 'heap MB', 'settled renders']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  );
  for (const summary of summaries) {
    const { medians } = summary;
    lines.push(
      row([
        scenarioLabel(summary.scenario),
        label(summary.contender),
        summary.failures > 0 ? `${summary.rounds} (${summary.failures} failed)` : String(summary.rounds),
        fixed(medians.busyMs),
        fixed(medians.busyWallMs),
        fixed(medians.commits),
        `${fixed(medians.maxCommitsPerFrame)} (${fixed(medians.maxCommitsPerFrameStreaming)})`,
        fixed(medians.longTasks),
        fixed(medians.lastWordMs),
        fixed(medians.firstTokenLatencyMs, 1),
        fixed(medians.lastTokenLatencyMs, 1),
        fixed(medians.heapMb, 1),
        fixed(medians.settledRenders),
      ]),
    );
  }

  const loads = summaries.map((summary) => summary.medians.loadAverage).filter((load): load is number => load !== null);
  lines.push(
    '',
    'busy: main-thread `TaskDuration` from `start()` to the last word painted. first / last token: from the server writing the word to its frame painted.',
    `1-minute load average at the end of each run: medians per row from ${fixed(Math.min(...loads), 1)} to ${fixed(Math.max(...loads), 1)} (2 cores; above 2 the CPU was shared).`,
  );

  lines.push('', '### Threadline ÷ contender, paired by round (median, range over rounds)', '');
  lines.push(row(['scenario', 'contender', 'busy (CPU)', 'busy (wall)', 'last word', 'commits', 'heap']), row(['---', '---', '---:', '---:', '---:', '---:', '---:']));
  const pairs = [...new Set(ratios.map((ratio) => `${ratio.scenario}\u0000${ratio.contender}`))];
  for (const pair of pairs) {
    const [scenario, contender] = pair.split('\u0000') as [string, string];
    const find = (figure: string) => ratios.find((ratio) => ratio.scenario === scenario && ratio.contender === contender && ratio.figure === figure);
    lines.push(row([scenarioLabel(scenario), label(contender), ratioCell(find('busyMs')), ratioCell(find('busyWallMs')), ratioCell(find('lastWordMs')), ratioCell(find('commits')), ratioCell(find('heapMb'))]));
  }

  lines.push('', '### Targets', '');
  lines.push(row(['target', 'measured', 'verdict']), row(['---', '---', '---']));
  for (const verdict of targets) {
    lines.push(row([verdict.target, verdict.measured, verdict.met === null ? 'not measured' : verdict.met ? 'met' : '**not met**']));
  }
  return lines.join('\n');
}

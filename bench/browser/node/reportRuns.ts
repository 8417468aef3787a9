import type { BenchScenario } from './benchScenarios';
import type { TargetVerdict } from './checkTargets';
import { checkTargets } from './checkTargets';
import type { Contender } from './contenders';
import { formatReport } from './formatReport';
import type { RunResult } from './RunResult';
import type { ContenderSummary, PairedRatio } from './summarizeRuns';
import { pairedRatios, summarizeRuns } from './summarizeRuns';

/** Everything derived from the runs: what the JSON keeps and the markdown the runner prints. */
export interface RunsReport {
  summaries: ContenderSummary[];
  ratios: PairedRatio[];
  targets: TargetVerdict[];
  markdown: string;
}

/** Summarizes runs into medians, paired ratios and target verdicts, and formats them. */
export function reportRuns(runs: readonly RunResult[], scenarios: readonly BenchScenario[], contenders: readonly Contender[]): RunsReport {
  const summaries = summarizeRuns(runs);
  const ratios = pairedRatios(runs, ['busyMs', 'busyWallMs', 'lastWordMs', 'commits', 'heapMb']);
  const targets = checkTargets(runs);
  return { summaries, ratios, targets, markdown: formatReport({ scenarios, contenders, summaries, ratios, targets }) };
}

import type { ScenarioName } from './benchScenarios';
import type { ContenderName } from './contenders';
import { median } from './median';
import type { RunResult } from './RunResult';

/** The figures a table shows, by name. */
export type Figure = Exclude<keyof RunResult, 'round' | 'scenario' | 'contender' | 'error' | 'settledMessages' | 'crowdedFrames'>;

/** The medians of one contender in one scenario, over its successful rounds. */
export interface ContenderSummary {
  scenario: ScenarioName;
  contender: ContenderName;
  rounds: number;
  failures: number;
  medians: Record<Figure, number | null>;
  /** The largest value of each figure over the rounds (for the zero and at-most-one targets). */
  maxima: Record<Figure, number | null>;
}

/** The median over rounds of Threadline's figure divided by another contender's in the same round. */
export interface PairedRatio {
  scenario: ScenarioName;
  contender: ContenderName;
  figure: Figure;
  /** One ratio per round in which both runs succeeded. */
  perRound: number[];
  median: number | null;
}

const figures: readonly Figure[] = [
  'busyMs',
  'busyWallMs',
  'scriptMs',
  'layoutMs',
  'styleMs',
  'commits',
  'maxCommitsPerFrame',
  'maxCommitsPerFrameStreaming',
  'longTasks',
  'longestTaskMs',
  'lastWordMs',
  'firstWordWrittenMs',
  'firstTokenLatencyMs',
  'firstTokenInPageMs',
  'lastTokenLatencyMs',
  'heapMb',
  'settledRenders',
  'newMessageRenders',
  'loadAverage',
];

const ok = (run: RunResult) => run.error === undefined;

/** Medians and maxima per scenario and contender. */
export function summarizeRuns(runs: readonly RunResult[]): ContenderSummary[] {
  const keys = [...new Set(runs.map((run) => `${run.scenario}\u0000${run.contender}`))];
  return keys.map((key) => {
    const [scenario, contender] = key.split('\u0000') as [ScenarioName, ContenderName];
    const mine = runs.filter((run) => run.scenario === scenario && run.contender === contender);
    const good = mine.filter(ok);
    const values = (figure: Figure) => good.map((run) => run[figure]).filter((value): value is number => value !== null);
    return {
      scenario,
      contender,
      rounds: good.length,
      failures: mine.length - good.length,
      medians: Object.fromEntries(figures.map((figure) => [figure, median(values(figure))])) as Record<Figure, number | null>,
      maxima: Object.fromEntries(figures.map((figure) => [figure, values(figure).length ? Math.max(...values(figure)) : null])) as Record<Figure, number | null>,
    };
  });
}

/** Per-round ratios of `numerator` runs over `denominator` runs (same round), and their median. */
export function pairRuns(numerator: readonly RunResult[], denominator: readonly RunResult[], figure: Figure): { perRound: number[]; median: number | null } {
  const perRound = numerator.filter(ok).flatMap((run) => {
    const other = denominator.find((candidate) => candidate.round === run.round && ok(candidate));
    const top = run[figure];
    const bottom = other?.[figure];
    return typeof top === 'number' && typeof bottom === 'number' && bottom > 0 ? [top / bottom] : [];
  });
  return { perRound, median: median(perRound) };
}

/** Threadline over every other contender, per scenario, for the given figures. */
export function pairedRatios(runs: readonly RunResult[], ratioFigures: readonly Figure[]): PairedRatio[] {
  const scenarios = [...new Set(runs.map((run) => run.scenario))];
  const others = [...new Set(runs.map((run) => run.contender))].filter((name) => name !== 'threadline');
  return scenarios.flatMap((scenario) => {
    const threadline = runs.filter((run) => run.scenario === scenario && run.contender === 'threadline');
    return others.flatMap((contender) => {
      const other = runs.filter((run) => run.scenario === scenario && run.contender === contender);
      return ratioFigures.map((figure) => ({ scenario, contender, figure, ...pairRuns(threadline, other, figure) }));
    });
  });
}

import type { ScenarioName } from './benchScenarios';
import type { ContenderName } from './contenders';
import { median } from './median';
import type { RunResult } from './RunResult';
import { pairRuns } from './summarizeRuns';

/** One target of issue 6 with what this run measured. */
export interface TargetVerdict {
  target: string;
  /** The figure the verdict rests on, formatted. */
  measured: string;
  /** null when the run did not measure it (a contender or scenario left out, or every run failed). */
  met: boolean | null;
}

/** One frame at 60 Hz, the rate headless Chromium draws at. */
export const frameMs = 1000 / 60;

const format = (value: number | null, unit: string, digits = 2) => (value === null ? 'n/a' : `${value.toFixed(digits)}${unit}`);

/**
 * Checks the targets. Ratios and latencies are medians of per-round figures (ratios paired by
 * round); the zero and at-most-one targets must hold in every round.
 */
export function checkTargets(runs: readonly RunResult[]): TargetVerdict[] {
  const of = (scenario: ScenarioName, contender: ContenderName) => runs.filter((run) => run.scenario === scenario && run.contender === contender);
  const good = (scenario: ScenarioName, contender: ContenderName) => of(scenario, contender).filter((run) => run.error === undefined);
  const threadline = (scenario: ScenarioName) => of(scenario, 'threadline');

  // Busy-time verdicts rest on CPU time; the wall-clock ratio is shown beside it.
  const busyRatio = (target: string, numerator: readonly RunResult[], denominator: readonly RunResult[], limit: number, strict = false): TargetVerdict => {
    const { median: value } = pairRuns(numerator, denominator, 'busyMs');
    const { median: wall } = pairRuns(numerator, denominator, 'busyWallMs');
    return { target, measured: `${format(value, '×')} (wall ${format(wall, '×')})`, met: value === null ? null : strict ? value < limit : value <= limit };
  };
  const ratio = (target: string, scenario: ScenarioName, other: ContenderName, limit: number, strict = false) =>
    busyRatio(target, threadline(scenario), of(scenario, other), limit, strict);
  const everyRound = (target: string, values: (number | null)[], limit: number): TargetVerdict => {
    const measured = values.filter((value): value is number => value !== null);
    if (measured.length === 0) return { target, measured: 'n/a', met: null };
    const worst = Math.max(...measured);
    return { target, measured: `max ${worst} over ${measured.length} runs`, met: worst <= limit };
  };
  const lastWordVersus = (other: ContenderName): TargetVerdict => {
    const differences = good('burst-fresh', 'threadline').flatMap((run) => {
      const peer = good('burst-fresh', other).find((candidate) => candidate.round === run.round);
      return run.lastWordMs !== null && peer?.lastWordMs != null ? [run.lastWordMs - peer.lastWordMs] : [];
    });
    const value = median(differences);
    const label = other === 'usechat-markdown' ? 'useChat + react-markdown' : 'useChat + Streamdown';
    return { target: `Burst: last word on screen no later than with ${label}`, measured: `${format(value, ' ms', 0)} (median paired difference)`, met: value === null ? null : value <= 0 };
  };
  // Arrival is when the page's reader got the frame; the server's write time also counts loopback
  // and the browser's network process, which no page controls (shown beside it).
  const firstToken = median(good('burst-fresh', 'threadline').map((run) => run.firstTokenInPageMs));
  const firstTokenFromServer = median(good('burst-fresh', 'threadline').map((run) => run.firstTokenLatencyMs));
  const allThreadline = runs.filter((run) => run.contender === 'threadline' && run.error === undefined);
  // What the same number of renders costs with only plain text appended, and with only the
  // newest text shown: how near the floor any page rendering at this rate can come.
  const withPagesAtTheSameRate = (verdict: TargetVerdict): TargetVerdict => {
    const overFloor = (contender: ContenderName) => pairRuns(of('paced-fresh', contender), of('paced-fresh', 'floor'), 'busyMs').median;
    const context = [
      ['plain text at the same render rate', overFloor('plain-text')],
      ['only the newest text', overFloor('newest-text')],
    ] as const;
    const shown = context.flatMap(([label, value]) => (value === null ? [] : [`${label}: ${format(value, '×')}`]));
    return { ...verdict, measured: [verdict.measured, ...shown].join('; ') };
  };

  return [
    ratio('Paced, fresh: busy time ≤ 0.1× useChat + react-markdown', 'paced-fresh', 'usechat-markdown', 0.1),
    ratio('Paced, fresh: busy time below useChat + Streamdown', 'paced-fresh', 'usechat-streamdown', 1, true),
    withPagesAtTheSameRate(ratio('Paced, fresh: busy time ≤ 3× the static floor', 'paced-fresh', 'floor', 3)),
    everyRound('Paced, fresh: zero long tasks while streaming', good('paced-fresh', 'threadline').map((run) => run.longTasks), 0),
    busyRatio('1,000 earlier messages: busy time ≤ 1.2× the fresh thread', threadline('paced-earlier'), threadline('paced-fresh'), 1.2),
    everyRound('1,000 earlier messages: settled messages render 0 times while the new one streams', good('paced-earlier', 'threadline').map((run) => run.settledRenders), 0),
    lastWordVersus('usechat-markdown'),
    lastWordVersus('usechat-streamdown'),
    {
      target: `Burst: first token painted within one frame (${frameMs.toFixed(1)} ms) of its arrival`,
      measured: `${format(firstToken, ' ms', 1)} from arrival in the page (median; ${format(firstTokenFromServer, ' ms', 1)} from the server's write)`,
      met: firstToken === null ? null : firstToken <= frameMs,
    },
    {
      ...everyRound('At most one commit per animation frame, every scenario', allThreadline.map((run) => run.maxCommitsPerFrame), 1),
      measured: `max ${Math.max(0, ...allThreadline.map((run) => run.maxCommitsPerFrame))} over ${allThreadline.length} runs (while streaming: ${Math.max(0, ...allThreadline.map((run) => run.maxCommitsPerFrameStreaming))})`,
    },
  ];
}

import type { Pacing } from '@threadline/simulator';

/** The scenarios every contender runs, in this order within a round. */
export type ScenarioName = 'paced-fresh' | 'paced-earlier' | 'burst-fresh';

/** How the answer arrives and what the thread holds before it. */
export interface BenchScenario {
  name: ScenarioName;
  label: string;
  /** The answer's pace; `maxDeltas` is added by `--quick`. */
  pacing: Pacing;
  /** Whether the thread already holds the 1,000 earlier messages. */
  earlier: boolean;
}

const paced: Pacing = { deltasPerSecond: 1000, wordsPerDelta: 1 };

/**
 * One word per delta at 1,000 deltas a second, evenly or in bursts of 250 deltas every 250 ms
 * (the same average rate, as a network or a batching proxy delivers them), into a fresh thread or
 * one of 1,000 earlier messages.
 */
export const benchScenarios: readonly BenchScenario[] = [
  { name: 'paced-fresh', label: 'paced, fresh thread', pacing: paced, earlier: false },
  { name: 'paced-earlier', label: 'paced, 1,000 earlier messages', pacing: paced, earlier: true },
  { name: 'burst-fresh', label: 'bursts, fresh thread', pacing: { ...paced, burst: 250 }, earlier: false },
];

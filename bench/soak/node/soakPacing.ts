import type { Pacing } from '@threadline/simulator';

/** The first thread's pacing; the others vary around it. */
export interface SoakPacingBase {
  /** Deltas of the first thread's answer; each next thread gets 7 more. */
  deltas: number;
  /** Deltas a second of the first thread; the others run up to 40 faster. */
  rate: number;
  wordsPerDelta: number;
}

/**
 * Thread `index`'s pacing: each thread's answer is cut at a different length and paced at a
 * different rate, so an event written to the wrong thread shows as a wrong text, not a lucky
 * match of two identical streams.
 */
export function soakPacing(base: SoakPacingBase, index: number): Pacing {
  return { deltasPerSecond: base.rate + (index % 5) * 10, wordsPerDelta: base.wordsPerDelta, maxDeltas: base.deltas + index * 7 };
}

/** One way of processing a stream, timed against the others. */
export interface Variant {
  name: string;
  run(): void;
}

/** Interleaved timing of several variants, for ratios that hold on a shared, noisy machine. */
export interface Rounds {
  /** Runs every variant once, timing each; the order rotates from one round to the next. */
  run(): void;
  /** Forgets the rounds run so far (the warm-up). */
  reset(): void;
  /** The median time of a variant, in ns per event. */
  nsPerEvent(name: string): number;
  /** The median, over rounds, of a variant's time over the baseline's time in the same round. */
  ratio(name: string, baseline: string): number;
}

/**
 * Times `variants` in rounds. Variants measured one after another, seconds apart, see different
 * machines when other processes come and go; within a round they see the same one, so the
 * ratio of two variants is taken round by round. Rotating the order spreads the garbage one
 * variant leaves for the next one to collect.
 */
export function createRounds(variants: readonly Variant[], eventsPerRound: number): Rounds {
  const times = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
  let count = 0;

  const timesOf = (name: string): number[] => times.get(name) ?? [];

  return {
    run() {
      for (let step = 0; step < variants.length; step += 1) {
        const variant = variants[(count + step) % variants.length];
        if (!variant) continue;
        const start = performance.now();
        variant.run();
        timesOf(variant.name).push(performance.now() - start);
      }
      count += 1;
    },
    reset() {
      for (const list of times.values()) list.length = 0;
    },
    nsPerEvent: (name) => (median(timesOf(name)) * 1e6) / eventsPerRound,
    ratio(name, baseline) {
      const over = timesOf(baseline);
      return median(timesOf(name).map((time, round) => time / (over[round] ?? Number.NaN)));
    },
  };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

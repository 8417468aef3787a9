/**
 * How a run paces its text deltas, overriding `delayMs` for them. Deltas follow an absolute
 * schedule from the first one: whatever is due by now is written at once, so the pace does not
 * drift with timer granularity.
 */
export interface Pacing {
  /** Average deltas per second. */
  deltasPerSecond: number;
  /** Words per delta (default 1), each word with its leading whitespace. */
  wordsPerDelta?: number;
  /**
   * Deltas written together, in one turn of the event loop, every `burst / deltasPerSecond`
   * seconds (default 1: evenly spaced deltas).
   */
  burst?: number;
  /** Stops the text after this many deltas (default: the whole text). */
  maxDeltas?: number;
}

/**
 * The request header that sets a run's {@link Pacing}, e.g.
 * `x-simulator-pacing: deltas-per-second=1000, words-per-delta=1, burst=250`.
 */
export const pacingHeader = 'x-simulator-pacing';

/** Formats a {@link Pacing} as the value of the {@link pacingHeader} header. */
export function formatPacingHeader(pacing: Pacing): string {
  const fields: [string, number | undefined][] = [
    ['deltas-per-second', pacing.deltasPerSecond],
    ['words-per-delta', pacing.wordsPerDelta],
    ['burst', pacing.burst],
    ['max-deltas', pacing.maxDeltas],
  ];
  return fields
    .filter((field): field is [string, number] => field[1] !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

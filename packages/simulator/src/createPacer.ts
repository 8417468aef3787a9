import type { Scheduler, WaitOutcome } from './createScheduler';
import type { Pacing } from './Pacing';

/** Waits for each delta of a paced run in turn. */
export interface Pacer {
  /**
   * Settles when the next delta is due: at once (without yielding to the event loop) when it
   * already is, so a burst is written in one turn; `'aborted'` or `'closed'` like {@link Scheduler.wait}.
   */
  next(signal?: AbortSignal): Promise<WaitOutcome>;
}

/**
 * Creates a {@link Pacer}: delta `i` is due `floor(i / burst) * burst / deltasPerSecond` seconds
 * after the first one, on the clock, not after the previous wait.
 */
export function createPacer(pacing: Pacing, scheduler: Scheduler): Pacer {
  const burst = pacing.burst ?? 1;
  const intervalMs = (burst * 1000) / pacing.deltasPerSecond;
  let startedAt: number | undefined;
  let index = 0;

  return {
    async next(signal) {
      startedAt ??= performance.now();
      const dueAt = startedAt + Math.floor(index / burst) * intervalMs;
      index += 1;
      // Timers keep whole milliseconds and may fire a little early: wait again until it is due.
      for (let now = performance.now(); dueAt > now; now = performance.now()) {
        const outcome = await scheduler.wait(dueAt - now, signal);
        if (outcome !== 'elapsed') return outcome;
      }
      if (scheduler.closed) return 'closed';
      return signal?.aborted ? 'aborted' : 'elapsed';
    },
  };
}

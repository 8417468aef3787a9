import type { Scheduler } from './createScheduler';
import { RunInterrupted } from './RunInterrupted';

/**
 * Waits the pacing delay before a run's next frame; throws {@link RunInterrupted} when `signal`
 * aborts first or the scheduler closes, so a runner can unwind from any depth.
 */
export async function waitForNextFrame(scheduler: Scheduler, delayMs: number, signal?: AbortSignal): Promise<void> {
  const outcome = await scheduler.wait(delayMs, signal);
  if (outcome !== 'elapsed') throw new RunInterrupted(outcome);
}

/** Why a {@link Scheduler.wait} settled. */
export type WaitOutcome = 'elapsed' | 'aborted' | 'closed';

/** Paces scripted runs; every pending wait is cleared by `close()`. */
export interface Scheduler {
  /**
   * Settles after `ms` milliseconds (0 = the next `setImmediate`, so a run still yields to
   * the event loop between frames), early with `'aborted'` when `signal` aborts, or with
   * `'closed'` when the scheduler closes.
   */
  wait(ms: number, signal?: AbortSignal): Promise<WaitOutcome>;
  /** Settles every pending wait with `'closed'`; later waits settle with `'closed'` at once. */
  close(): void;
  readonly closed: boolean;
}

/** Creates a {@link Scheduler} that owns the timers of scripted runs. */
export function createScheduler(): Scheduler {
  const pending = new Set<(outcome: WaitOutcome) => void>();
  let closed = false;

  return {
    get closed() {
      return closed;
    },
    wait(ms, signal) {
      if (closed) return Promise.resolve('closed');
      if (signal?.aborted) return Promise.resolve('aborted');
      return new Promise<WaitOutcome>((resolve) => {
        const settle = (outcome: WaitOutcome) => {
          pending.delete(settle);
          if (timeout !== undefined) clearTimeout(timeout);
          if (immediate !== undefined) clearImmediate(immediate);
          signal?.removeEventListener('abort', onAbort);
          resolve(outcome);
        };
        const onAbort = () => settle('aborted');
        const timeout = ms > 0 ? setTimeout(() => settle('elapsed'), ms) : undefined;
        const immediate = ms > 0 ? undefined : setImmediate(() => settle('elapsed'));
        pending.add(settle);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    close() {
      closed = true;
      for (const settle of [...pending]) settle('closed');
    },
  };
}

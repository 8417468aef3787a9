/** Measures one span of time at a time, in whole seconds; see {@link createStopwatch}. */
export interface Stopwatch {
  /** Starts a new span when `running` turns true, stops it when it turns false. */
  sync(running: boolean): void;
  /** Whole seconds of the current or last span, or null before any. */
  seconds(): number | null;
  /** Called whenever `seconds()` changes (each second while running). Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A stopwatch for a run measured on this side (for dialects that do not report a duration). */
export function createStopwatch(now: () => number = Date.now): Stopwatch {
  const listeners = new Set<() => void>();
  let startedAt: number | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let seconds: number | null = null;

  function update(): void {
    if (startedAt === null) return;
    const next = Math.floor((now() - startedAt) / 1000);
    if (next === seconds) return;
    seconds = next;
    for (const listener of listeners) listener();
  }

  return {
    sync(running) {
      if (running && timer === null) {
        startedAt = now();
        timer = setInterval(update, 250);
        update();
      } else if (!running && timer !== null) {
        clearInterval(timer);
        timer = null;
        update();
      }
    },
    seconds: () => seconds,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
  };
}

/** Options for {@link createBackoff}. */
export interface BackoffOptions {
  /** The first wait, in ms (default 250); a server's SSE `retry:` replaces it. */
  baseMs?: number;
  /** The longest wait the doubling reaches, in ms (default 30,000). */
  maxMs?: number;
  /** The longest `Retry-After` honoured, in ms (default 120,000). */
  maxRetryAfterMs?: number;
  /** Defaults to `Math.random`. */
  random?: () => number;
}

/** The waits between attempts to reconnect. */
export interface Backoff {
  /**
   * The wait before the next attempt: doubling from the base with "equal jitter" (half fixed,
   * half random, so clients that dropped together do not return together), and never shorter
   * than the `Retry-After` the last failure carried.
   */
  next(failure?: { retryAfterMs?: number | null } | null): number;
  /** A connection worked: the next failure waits the base again. */
  reset(): void;
  /** The server's `retry:` field: its reconnection time becomes the base. */
  setBase(milliseconds: number): void;
  /** Attempts since the last reset. */
  readonly attempts: number;
}

/** Exponential backoff with jitter that honours `retry:` and `Retry-After`. */
export function createBackoff(options: BackoffOptions = {}): Backoff {
  let base = options.baseMs ?? 250;
  const max = options.maxMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const random = options.random ?? Math.random;
  let attempts = 0;
  return {
    next(failure) {
      const ceiling = Math.min(max, base * 2 ** attempts);
      attempts += 1;
      const jittered = ceiling / 2 + (random() * ceiling) / 2;
      const asked = Math.min(maxRetryAfter, failure?.retryAfterMs ?? 0);
      return Math.max(jittered, asked);
    },
    reset() {
      attempts = 0;
    },
    setBase(milliseconds) {
      if (Number.isFinite(milliseconds) && milliseconds >= 0) base = milliseconds;
    },
    get attempts() {
      return attempts;
    },
  };
}

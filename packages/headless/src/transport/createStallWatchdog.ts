/** Options for {@link createStallWatchdog}. */
export interface StallWatchdogOptions {
  /** How long a stream may send nothing before it counts as stalled, until its heartbeat is known. */
  timeoutMs: number;
  /** Nothing arrived for a deadline. */
  onStall(): void;
  /** Something arrived after a stall. */
  onResume(): void;
  /** Still nothing a second deadline after the stall: give the connection up. */
  onTimeout(): void;
  now?: () => number;
}

/** Watches a stream for silence; told of every receipt and every heartbeat. */
export interface StallWatchdog {
  /** Bytes arrived. */
  received(): void;
  /** A heartbeat arrived (an SSE comment): its spacing sets the deadline. */
  heartbeat(): void;
  stop(): void;
}

// A server that sends heartbeats is stalled after missing this many of them.
const MISSED_HEARTBEATS = 3;

/**
 * A stall watchdog that learns the server's heartbeat. Until two heartbeats have arrived, a
 * stream is stalled after `timeoutMs` of silence; after that, after three heartbeat intervals
 * (the longest of the last three), however long or short that is. One timer, re-armed only when
 * it fires, so a receipt costs one clock read.
 */
export function createStallWatchdog(options: StallWatchdogOptions): StallWatchdog {
  const now = options.now ?? (() => (typeof performance === 'object' ? performance.now() : Date.now()));
  let lastReceipt = now();
  let lastHeartbeat: number | null = null;
  const intervals: number[] = [];
  let stalled = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const deadline = () => (intervals.length === 0 ? options.timeoutMs : MISSED_HEARTBEATS * Math.max(...intervals));

  function arm(wait: number): void {
    timer = setTimeout(check, Math.max(1, wait));
  }

  function check(): void {
    timer = null;
    if (stopped) return;
    const silent = now() - lastReceipt;
    const limit = deadline();
    if (!stalled && silent >= limit) {
      stalled = true;
      options.onStall();
    }
    if (stalled && silent >= 2 * limit) {
      stopped = true;
      options.onTimeout();
      return;
    }
    arm((stalled ? 2 * limit : limit) - silent);
  }

  arm(deadline());
  return {
    received() {
      lastReceipt = now();
      if (!stalled) return;
      stalled = false;
      options.onResume();
    },
    heartbeat() {
      const time = now();
      if (lastHeartbeat !== null) {
        intervals.push(time - lastHeartbeat);
        if (intervals.length > 3) intervals.shift();
      }
      lastHeartbeat = time;
      // The deadline may have just shrunk from the fallback: the timer must not wait it out.
      if (timer !== null && !stalled) {
        clearTimeout(timer);
        arm(deadline() - (time - lastReceipt));
      }
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

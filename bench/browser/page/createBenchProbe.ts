import { afterFramePainted, isRenderingFrame } from './frameClock';
import type { BenchPageApi, CrowdedFrame, PageParams, PageReport } from './BenchPageApi';

/** The page side of the instrument: the same for every contender. */
export interface BenchProbe {
  /** Called on every React commit: counts commits and commits per frame. */
  onCommit(): void;
  /** The page's own reader got the frame carrying the first word (where the page can see that: Threadline's `onFrame`). */
  markFirstWordArrived(): void;
  /** Watches `container` for the first and last words once the window opens. */
  observe(container: Element): void;
  /** The page shows its thread: `__bench.ready` resolves after the next paint. */
  markReady(): void;
  /** Sets what `__bench.start()` triggers, once the page can send. */
  setTrigger(trigger: () => void): void;
  /** Adds figures only some pages have (Threadline's settled renders) to the report. */
  setExtra(read: () => ExtraFigures): void;
  /** True from `start()` until the last word is painted. */
  readonly measuring: boolean;
  /** Installs the probe as `window.__bench`. */
  install(): void;
}

/** The figures only some pages report. */
export type ExtraFigures = Pick<PageReport, 'settledRenders' | 'settledMessages' | 'newMessageRenders'>;

const epoch = (time: number) => performance.timeOrigin + time;

/**
 * Creates the probe. Words are found by checking only the nodes a mutation touched (never the
 * whole text), and a word counts as shown once the frame that shows its mutation has been painted.
 */
export function createBenchProbe(params: PageParams): BenchProbe {
  let startedAt: number | null = null;
  let firstWordPaintedAt: number | null = null;
  let firstWordArrivedAt: number | null = null;
  let lastWordPaintedAt: number | null = null;
  let firstWordSeen = false;
  let lastWordSeen = false;
  let commits = 0;
  let framePhases: string[] = [];
  let maxCommitsPerFrame = 0;
  let maxCommitsPerFrameStreaming = 0;
  const crowdedFrames: CrowdedFrame[] = [];
  let frameRequested = false;
  const longTasks: PerformanceEntry[] = [];
  let trigger: (() => void) | undefined;
  let extra = (): ExtraFigures => ({ settledRenders: null, settledMessages: null, newMessageRenders: null });
  let resolveReady = () => {};
  let resolveDone = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const measuring = () => startedAt !== null && lastWordPaintedAt === null;

  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

  // Commits painted in the same frame: those since the previous frame was painted.
  const closeFrame = () => {
    maxCommitsPerFrame = Math.max(maxCommitsPerFrame, framePhases.length);
    if (firstWordPaintedAt !== null) maxCommitsPerFrameStreaming = Math.max(maxCommitsPerFrameStreaming, framePhases.length);
    if (framePhases.length > 1 && crowdedFrames.length < 20) crowdedFrames.push({ atMs: performance.now() - (startedAt ?? 0), phases: framePhases });
    framePhases = [];
    frameRequested = false;
  };

  const check = (text: string | null) => {
    if (!text) return;
    if (!firstWordSeen && text.includes(params.firstWord)) {
      firstWordSeen = true;
      afterFramePainted(() => (firstWordPaintedAt = performance.now()));
    }
    if (!lastWordSeen && text.includes(params.lastWord)) {
      lastWordSeen = true;
      afterFramePainted(() => {
        lastWordPaintedAt = performance.now();
        resolveDone();
      });
    }
  };

  const observer = new MutationObserver((records) => {
    if (!measuring()) return;
    for (const record of records) {
      if (record.type === 'characterData') check(record.target.nodeValue);
      else for (const node of record.addedNodes) check(node.textContent);
    }
  });

  const probe: BenchProbe = {
    onCommit() {
      if (!measuring()) return;
      commits += 1;
      framePhases.push(`commit at ${(performance.now() - (startedAt ?? 0)).toFixed(1)} ms${isRenderingFrame() ? ' in a frame' : ' in a task'}`);
      if (frameRequested) return;
      frameRequested = true;
      afterFramePainted(closeFrame);
    },
    markFirstWordArrived() {
      if (measuring() && firstWordArrivedAt === null) firstWordArrivedAt = performance.now();
    },
    observe(container) {
      observer.observe(container, { childList: true, characterData: true, subtree: true });
    },
    markReady() {
      afterFramePainted(resolveReady);
    },
    setTrigger(next) {
      trigger = next;
    },
    setExtra(read) {
      extra = read;
    },
    get measuring() {
      return measuring();
    },
    install() {
      const api: BenchPageApi = {
        ready,
        done,
        start() {
          if (startedAt !== null) throw new Error('bench page: start() was called twice.');
          if (!trigger) throw new Error('bench page: start() before the page could send.');
          startedAt = performance.now();
          trigger();
        },
        report() {
          const start = startedAt ?? 0;
          const end = lastWordPaintedAt ?? performance.now();
          const inWindow = longTasks.filter((task) => task.startTime >= start && task.startTime < end);
          return {
            startedAt: epoch(start),
            firstWordPaintedAt: firstWordPaintedAt === null ? null : epoch(firstWordPaintedAt),
            firstWordArrivedAt: firstWordArrivedAt === null ? null : epoch(firstWordArrivedAt),
            lastWordPaintedAt: lastWordPaintedAt === null ? null : epoch(lastWordPaintedAt),
            commits,
            maxCommitsPerFrame: Math.max(maxCommitsPerFrame, framePhases.length),
            maxCommitsPerFrameStreaming: Math.max(maxCommitsPerFrameStreaming, firstWordPaintedAt === null ? 0 : framePhases.length),
            crowdedFrames,
            longTasks: inWindow.length,
            longestTaskMs: Math.max(0, ...inWindow.map((task) => task.duration)),
            ...extra(),
          };
        },
      };
      window.__bench = api;
    },
  };
  return probe;
}

/** What a bench page measured in its window, from `start()` to the last word painted. */
export interface PageReport {
  /** `start()`, in epoch ms (`performance.timeOrigin + performance.now()`). */
  startedAt: number;
  /** When the frame that shows the first word had been painted, in epoch ms. */
  firstWordPaintedAt: number | null;
  /** Threadline only: when the SSE frame carrying the first word reached the page's reader (`onFrame`), in epoch ms. */
  firstWordArrivedAt: number | null;
  /** When the frame that shows the last word had been painted, in epoch ms. */
  lastWordPaintedAt: number | null;
  /** React commits (`onCommitFiberRoot` calls of the DevTools hook). */
  commits: number;
  /** The most commits between two animation frames. */
  maxCommitsPerFrame: number;
  /** The same from the first word painted on: while the answer streams, without the send's own commits. */
  maxCommitsPerFrameStreaming: number;
  /** Frames with more than one commit (the first 20): when they closed, in ms after `start()`, and when each commit happened. */
  crowdedFrames: CrowdedFrame[];
  /** Long tasks (over 50 ms) that started in the window. */
  longTasks: number;
  /** The longest of them, 0 when there were none. */
  longestTaskMs: number;
  /** Threadline only: renders of messages that were settled before `start()`. */
  settledRenders: number | null;
  /** Threadline only: how many messages were settled before `start()`. */
  settledMessages: number | null;
  /** Threadline only: renders of the messages that were not (the question and the answer), to show the count works. */
  newMessageRenders: number | null;
}

/** A frame in which React committed more than once. */
export interface CrowdedFrame {
  atMs: number;
  /** `mount`, `update` or `nested-update` (a commit scheduled by a layout effect of the previous one). */
  phases: string[];
}

/** The instrument a bench page exposes as `window.__bench`. */
export interface BenchPageApi {
  /** Resolves once the page shows its thread (earlier messages included) and can start. */
  ready: Promise<void>;
  /** Opens the measured window and triggers the request (a send, or the floor's fetch). */
  start(): void;
  /** Resolves once the frame showing the last word has been painted. */
  done: Promise<void>;
  report(): PageReport;
}

/** What the runner tells a page through its URL. */
export interface PageParams {
  /** The first visible word of the answer. */
  firstWord: string;
  /** The answer's last word, found nowhere else in it. */
  lastWord: string;
  /** The `x-simulator-pacing` header value for the answer's request. */
  pacing: string;
  /** Whether the thread starts with the 1,000 earlier messages. */
  earlier: boolean;
  /** The user's question. */
  question: string;
  /**
   * How often the page renders the stream, in ms: the store's `throttleMs` on Threadline's pages,
   * the render interval of the plain-text and newest-text pages. Unset, `defaultThrottleMs`.
   */
  throttleMs?: number | undefined;
}

declare global {
  interface Window {
    __bench?: BenchPageApi;
  }
}

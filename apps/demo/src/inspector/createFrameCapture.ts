import type { FrameListener, FrameScheduler, SseMessage, ThreadEvent, ThreadState } from '@threadline/headless';

/** One raw SSE frame as it arrived, with the canonical events decoded from it. */
export interface CapturedFrame {
  /** Its place in the conversation's frames, from 1; it keeps counting past the cap and pauses. */
  index: number;
  /** When it arrived, in ms since the epoch. */
  receivedAt: number;
  frame: SseMessage;
  /** Possibly none: a heartbeat-like frame, or one the decoder ignored. */
  events: readonly ThreadEvent[];
}

/** What a {@link FrameCapture} holds; every field keeps its identity until it changes. */
export interface FrameCaptureSnapshot {
  /** The captured frames, oldest first, at most `limit`. */
  frames: readonly CapturedFrame[];
  /** How many frames the cap pushed out, oldest first. */
  dropped: number;
  /** How many frames arrived while paused and were not kept. */
  skipped: number;
  paused: boolean;
  /** Every canonical event type the kept frames produced, in the order first seen. */
  eventTypes: readonly string[];
  /** The conversation's thread as the store holds it. */
  thread: ThreadState | undefined;
  /** The most frames kept. */
  limit: number;
}

/**
 * An external store of one conversation's frames for the inspector, outside React: recording a
 * frame never renders the thread, and subscribers hear of changes at most ten times a second
 * however fast frames arrive.
 */
export interface FrameCapture {
  /** Pass as the connection's `onFrame`. Stable. */
  readonly record: FrameListener;
  /** Mirrors the conversation's thread for the State view. */
  setThread(thread: ThreadState | undefined): void;
  setPaused(paused: boolean): void;
  /** Forgets every frame and count (not the thread). */
  clear(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): FrameCaptureSnapshot;
}

/** Options of {@link createFrameCapture}. */
export interface FrameCaptureOptions {
  /** The most frames kept (default 5,000); older ones are dropped. */
  limit?: number;
  /** When listeners hear of changes (default: 100 ms after the first change). */
  schedule?: FrameScheduler;
  /** The clock for `receivedAt` (default `Date.now`). */
  now?: () => number;
}

/** The default cap of {@link createFrameCapture}. */
export const defaultFrameLimit = 5000;

// The thread already renders every animation frame while it streams; the inspector redrawing at
// that rate too took a fifth of the main thread on a 20,000-token answer in the demo's profile.
const everyTenthOfASecond: FrameScheduler = (callback) => {
  const handle = setTimeout(callback, 100);
  return () => clearTimeout(handle);
};

/** Creates the capture of one conversation. */
export function createFrameCapture({ limit = defaultFrameLimit, schedule = everyTenthOfASecond, now = Date.now }: FrameCaptureOptions = {}): FrameCapture {
  const listeners = new Set<() => void>();
  const frames: CapturedFrame[] = [];
  const eventTypes: string[] = [];
  let received = 0;
  let snapshot: FrameCaptureSnapshot = { frames: [], dropped: 0, skipped: 0, paused: false, eventTypes: [], thread: undefined, limit };
  // Changes wait here until someone reads the snapshot, so a burst of frames copies the list once.
  let pending: Partial<FrameCaptureSnapshot> = {};
  let cancelNotify: (() => void) | null = null;

  const notify = () => {
    cancelNotify = null;
    for (const listener of [...listeners]) listener();
  };
  const latest = <Key extends 'paused' | 'skipped' | 'dropped'>(key: Key): FrameCaptureSnapshot[Key] => pending[key] ?? snapshot[key];
  const change = (next: Partial<FrameCaptureSnapshot>) => {
    pending = { ...pending, ...next };
    cancelNotify ??= schedule(notify);
  };

  return {
    record(frame, events) {
      received += 1;
      if (latest('paused')) {
        change({ skipped: latest('skipped') + 1 });
        return;
      }
      frames.push({ index: received, receivedAt: now(), frame, events });
      const overflow = frames.length - limit;
      if (overflow > 0) frames.splice(0, overflow);
      const before = eventTypes.length;
      for (const event of events) if (!eventTypes.includes(event.type)) eventTypes.push(event.type);
      change({
        frames,
        dropped: latest('dropped') + Math.max(0, overflow),
        ...(eventTypes.length === before ? {} : { eventTypes }),
      });
    },
    setThread(thread) {
      change({ thread });
    },
    setPaused(paused) {
      change({ paused });
    },
    clear() {
      frames.length = 0;
      eventTypes.length = 0;
      received = 0;
      change({ frames, eventTypes, dropped: 0, skipped: 0 });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      if (Object.keys(pending).length === 0) return snapshot;
      const next = { ...snapshot, ...pending };
      // The live arrays are copied, so a snapshot never changes under a reader.
      if (pending.frames) next.frames = [...frames];
      if (pending.eventTypes) next.eventTypes = [...eventTypes];
      pending = {};
      snapshot = next;
      return snapshot;
    },
  };
}

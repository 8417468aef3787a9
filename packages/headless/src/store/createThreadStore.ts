import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { DialectName } from '../events/DialectName';
import type { ThreadEvent } from '../events/ThreadEvent';
import { reduceThreadEvents } from '../thread/reduceThread';
import { createThreadState } from '../thread/ThreadState';
import type { ThreadState } from '../thread/ThreadState';
import type { ConnectionState } from '../transport/ConnectionState';
import { createSizeGuard } from './createSizeGuard';
import { idleActivity } from './ThreadActivity';
import type { ThreadActivity, ThreadActivityKind } from './ThreadActivity';
import type { ThreadSizeLimits } from './createSizeGuard';
import { scheduleFrame as defaultScheduleFrame } from './scheduleFrame';
import type { FrameScheduler } from './scheduleFrame';

/** Everything the store holds: threads by id, each thread's connection state, and what the user asked of it that is still under way. */
export interface ThreadStoreState {
  threads: Readonly<Record<string, ThreadState>>;
  connections: Readonly<Record<string, ConnectionState>>;
  /** Per thread that ever had any: sends, cancels and answers still under way (see `beginActivity`). */
  activity: Readonly<Record<string, ThreadActivity>>;
}

/** Options for {@link createThreadStore}. */
export interface ThreadStoreOptions {
  /** How network events are batched; defaults to one flush per animation frame. */
  scheduleFrame?: FrameScheduler;
  /**
   * The least time between two flushes of network events, in ms (default 50: at most 20
   * renders a second however fast the stream). The first events after a quiet spell of that
   * length, a message's first text, and an answer's or a run's end still apply at the next
   * frame; 0 flushes at every frame.
   */
  throttleMs?: number;
  /** How much text a thread takes in from the network before it refuses more. */
  limits?: ThreadSizeLimits;
  /**
   * Whether a message's first line (once it has all arrived, as in a burst), and the end of an
   * answer or a run with the words before it, apply at the end of the task they arrive in rather
   * than at the next frame (default true),
   * unless the store notified from a task that no frame has painted yet. They then render ahead
   * of that frame, which only paints them: the first and last words show up to a render sooner,
   * and still with at most one notification per painted frame.
   */
  eagerFirstAndLastWords?: boolean;
}

/** The default {@link ThreadStoreOptions.throttleMs}. */
export const defaultThrottleMs = 50;

// Events after which nothing more is coming soon: the last words show at once.
const endings: ReadonlySet<ThreadEvent['type']> = new Set(['message-end', 'run-end', 'run-error']);
const settledConnections: ReadonlySet<ConnectionState> = new Set(['closed', 'failed']);

// About a line: what a message's first frame shows of a burst, cheap to render and so to paint.
const firstWordsChars = 80;

const now = () => (typeof performance === 'object' ? performance.now() : Date.now());

/** A vanilla store of many threads. Subscribe through `store` (a zustand `StoreApi`). */
export interface ThreadStore {
  readonly store: StoreApi<ThreadStoreState>;
  getThread(threadId: string): ThreadState | undefined;
  /**
   * Creates the thread's empty state if it has none. `serverId` is the server's id for the
   * thread (default: the key itself; null for a thread the server has not created yet).
   */
  ensureThread(threadId: string, dialect: DialectName | null, serverId?: string | null): void;
  /** Applies events now (local actions), after any events still queued for the frame. */
  dispatch(threadId: string, events: ThreadEvent | readonly ThreadEvent[]): void;
  /** Queues events from the network; they apply together at the next frame, in one notification. */
  enqueue(threadId: string, events: readonly ThreadEvent[]): void;
  /** Applies everything queued now (a stream ended, a test wants the state). */
  flush(): void;
  /**
   * Records the thread's connection state. A live one (`connecting`, `open`, `stalled`,
   * `reconnecting`) shows at the next frame, in the same notification as the events around it,
   * so a stream opening costs no render of its own; `closed` and `failed` show at once.
   */
  setConnection(threadId: string, state: ConnectionState): void;
  /**
   * Marks a send, cancel or answer as under way until the returned function is called. The
   * change shows at the next frame, with the events around it, so a request starting or
   * settling costs no render of its own. Calls of one kind may overlap: the thread shows it
   * under way until the last ends.
   */
  beginActivity(threadId: string, kind: ThreadActivityKind): () => void;
}

/**
 * A zustand vanilla store keyed by thread id. An event for thread A never touches thread B's
 * state object. Network events are coalesced so that a stream of 1,000 events per second
 * notifies subscribers at most once per animation frame, and at most once per `throttleMs`.
 */
export function createThreadStore(options: ThreadStoreOptions = {}): ThreadStore {
  const schedule = options.scheduleFrame ?? defaultScheduleFrame;
  const throttleMs = options.throttleMs ?? defaultThrottleMs;
  const eagerFirstAndLastWords = options.eagerFirstAndLastWords ?? true;
  let lastFlush = -Infinity;
  const store = createStore<ThreadStoreState>()(() => ({ threads: {}, connections: {}, activity: {} }));
  let queue = new Map<string, ThreadEvent[]>();
  let queuedConnections = new Map<string, ConnectionState>();
  let queuedActivity = new Map<string, ThreadActivity>();
  const activityCounts = new Map<string, Record<ThreadActivityKind, number>>();
  let cancelScheduled: (() => void) | null = null;
  const sizeGuard = createSizeGuard(options.limits);
  // The message each thread last received text for: text for another one is a first token.
  const writing = new Map<string, string>();
  // A message's first words, per thread while queued: a frame shows up to `end` alone, so they
  // paint at once however much arrived with them, and the rest shows a frame later.
  let firstWords = new Map<string, { messageId: string; left: number; end: number }>();
  // A notification from a task (a local action, a stream's end, eager words) is painted by the
  // next frame, after whatever that frame's callbacks show, so that frame must show nothing more.
  // `taskPending` holds from the notification until that frame begins, and `paintingFrame` is
  // that frame's time, for the callbacks that run in it after it began. A notification from a
  // frame callback is painted by its own frame, before any later task's.
  let taskPending = false;
  let paintingFrame: number | undefined;
  let inFrame = false;
  // Whether an answer's or a run's end is queued: its last words wait for nothing.
  let endingQueued = false;

  // Whether a message's first line (`firstWordsChars`) has all arrived: a first word alone (a
  // paced stream's, often a `#`) is worth less than the line the next frame gathers.
  function firstLineQueued(): boolean {
    for (const { end } of firstWords.values()) if (end !== Infinity) return true;
    return false;
  }

  function isFirstText(threadId: string, event: ThreadEvent): boolean {
    if (event.type !== 'text-delta' || writing.get(threadId) === event.messageId) return false;
    writing.set(threadId, event.messageId);
    return true;
  }

  function apply(
    batches: Map<string, readonly ThreadEvent[]>,
    connectionChanges: Map<string, ConnectionState> = new Map(),
    activityChanges: Map<string, ThreadActivity> = new Map(),
  ): void {
    const state = store.getState();
    const changed = [...connectionChanges].filter(([threadId, connection]) => state.connections[threadId] !== connection);
    const activity = [...activityChanges].filter(([threadId, next]) => !sameActivity(state.activity[threadId] ?? idleActivity, next));
    if (batches.size === 0 && changed.length === 0 && activity.length === 0) return;
    const next: Partial<ThreadStoreState> = {};
    if (batches.size > 0) {
      const threads = { ...state.threads };
      for (const [threadId, events] of batches) {
        threads[threadId] = reduceThreadEvents(threads[threadId] ?? createThreadState({ id: threadId }), events);
      }
      next.threads = threads;
    }
    if (changed.length > 0) next.connections = { ...state.connections, ...Object.fromEntries(changed) };
    if (activity.length > 0) next.activity = { ...state.activity, ...Object.fromEntries(activity) };
    notify(next);
  }

  function notify(next: Partial<ThreadStoreState>): void {
    store.setState(next);
    if (inFrame || taskPending) return;
    taskPending = true;
    schedule((frameTime) => {
      taskPending = false;
      paintingFrame = frameTime;
    });
  }

  function flush(): void {
    cancelScheduled?.();
    cancelScheduled = null;
    const batches = queue;
    const connectionChanges = queuedConnections;
    const activityChanges = queuedActivity;
    queue = new Map();
    queuedConnections = new Map();
    queuedActivity = new Map();
    firstWords = new Map();
    endingQueued = false;
    if (batches.size > 0) lastFlush = now();
    apply(batches, connectionChanges, activityChanges);
  }

  function flushFrame(frameTime?: number): void {
    if (taskPending || (frameTime !== undefined && frameTime === paintingFrame)) {
      cancelScheduled?.();
      cancelScheduled = schedule(flushFrame);
      return;
    }
    inFrame = true;
    try {
      flushFirstWords();
    } finally {
      inFrame = false;
    }
  }

  /** Applies the queue, but only a message's first words where some arrived; the rest waits for a later frame. */
  function flushFirstWords(): void {
    const cuts = firstWords;
    if (cuts.size === 0) return flush();
    const rest = new Map<string, ThreadEvent[]>();
    for (const [threadId, { end }] of cuts) {
      const events = queue.get(threadId);
      if (!events || end >= events.length) continue;
      rest.set(threadId, events.slice(end));
      queue.set(threadId, events.slice(0, end));
    }
    flush();
    if (rest.size === 0) return;
    // Ahead of anything a subscriber queued while the first words applied.
    for (const [threadId, events] of queue) {
      const earlier = rest.get(threadId) ?? [];
      const first = firstWords.get(threadId);
      if (first) first.end += earlier.length;
      rest.set(threadId, [...earlier, ...events]);
    }
    queue = rest;
    cancelScheduled?.();
    cancelScheduled = schedule(flushFrame);
  }

  // The next frame, once `throttleMs` has passed since the last flush.
  function scheduleFlush(): () => void {
    const wait = lastFlush + throttleMs - now();
    if (wait <= 0) return schedule(flushFrame);
    let cancelFrame: (() => void) | null = null;
    const timer = setTimeout(() => {
      cancelFrame = schedule(flushFrame);
    }, wait);
    return () => {
      clearTimeout(timer);
      cancelFrame?.();
    };
  }

  return {
    store,
    getThread: (threadId) => store.getState().threads[threadId],
    ensureThread(threadId, dialect, serverId = threadId) {
      if (store.getState().threads[threadId]) return;
      notify({ threads: { ...store.getState().threads, [threadId]: createThreadState({ id: serverId, dialect }) } });
    },
    dispatch(threadId, events) {
      flush();
      apply(new Map([[threadId, Array.isArray(events) ? events : [events as ThreadEvent]]]));
    },
    enqueue(threadId, received) {
      if (received.length === 0) return;
      const events = sizeGuard.check(threadId, received);
      const pending = queue.get(threadId) ?? [];
      const offset = pending.length;
      pending.push(...events);
      queue.set(threadId, pending);
      let urgent = false;
      events.forEach((event, index) => {
        if (endings.has(event.type)) {
          urgent = true;
          endingQueued = true;
        }
        if (event.type !== 'text-delta') return;
        if (isFirstText(threadId, event) && !firstWords.has(threadId)) {
          firstWords.set(threadId, { messageId: event.messageId, left: firstWordsChars, end: Infinity });
          urgent = true;
        }
        const first = firstWords.get(threadId);
        if (first?.messageId !== event.messageId || first.end !== Infinity) return;
        first.left -= event.delta.length;
        if (first.left <= 0) first.end = offset + index + 1;
      });
      if (urgent && !taskPending && eagerFirstAndLastWords) {
        // After the task: what arrived with them is queued by then (and, after first words, cut off).
        cancelScheduled?.();
        cancelScheduled = afterTask(() => {
          if (!taskPending && (endingQueued || firstLineQueued())) return flushFirstWords();
          cancelScheduled = schedule(flushFrame);
        });
      } else if (urgent) {
        cancelScheduled?.();
        cancelScheduled = schedule(flushFrame);
      }
      cancelScheduled ??= scheduleFlush();
    },
    flush,
    setConnection(threadId, state) {
      const queued = queuedConnections.get(threadId);
      if ((queued ?? store.getState().connections[threadId]) === state) return;
      // Every state is seen: one still waiting for its frame shows now, before the next.
      if (queued !== undefined) flush();
      queuedConnections.set(threadId, state);
      // An ended connection (a stream's end, a detach) shows at once, with what came before it.
      if (settledConnections.has(state)) return flush();
      cancelScheduled?.();
      cancelScheduled = schedule(flushFrame);
    },
    beginActivity(threadId, kind) {
      const counts = activityCounts.get(threadId) ?? { sending: 0, cancelling: 0, responding: 0 };
      activityCounts.set(threadId, counts);
      const change = (by: number) => {
        counts[kind] += by;
        const current = queuedActivity.get(threadId) ?? store.getState().activity[threadId] ?? idleActivity;
        const underWay = counts[kind] > 0;
        if (current[kind] === underWay) return;
        queuedActivity.set(threadId, { ...current, [kind]: underWay });
        cancelScheduled?.();
        cancelScheduled = schedule(flushFrame);
      };
      change(1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        change(-1);
        if (counts.sending + counts.cancelling + counts.responding === 0) activityCounts.delete(threadId);
      };
    },
  };
}

function afterTask(callback: () => void): () => void {
  let live = true;
  queueMicrotask(() => live && callback());
  return () => {
    live = false;
  };
}

function sameActivity(a: ThreadActivity, b: ThreadActivity): boolean {
  return a.sending === b.sending && a.cancelling === b.cancelling && a.responding === b.responding;
}

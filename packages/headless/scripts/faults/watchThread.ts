import type { ThreadlineClient, ThreadState } from '@threadline/headless';
import { answerText } from './answerText';

/** Options for {@link watchThread}. */
export interface WatchThreadOptions {
  /** When the thread counts as settled (the run is over, or it never started). */
  isSettled(thread: ThreadState | undefined): boolean;
  /** How long it must stay settled, so a late recovery still lands before the verdict. */
  quietMs: number;
  /** How long to wait at most: past it the thread hangs. */
  timeoutMs: number;
  startedAt: number;
}

/** What {@link watchThread} saw. */
export interface ThreadWatch {
  thread: ThreadState | undefined;
  timedOut: boolean;
  /** When the thread settled for good, in ms since the cell started (the timeout when it never did). */
  settledMs: number;
  /** The longest answer shown at any moment. */
  peakText: string;
}

const POLL_MS = 20;

/** Follows a thread in the store until it stays settled for `quietMs`, or `timeoutMs` passes. */
export function watchThread(client: ThreadlineClient, key: string, options: WatchThreadOptions): Promise<ThreadWatch> {
  const { threadStore } = client;
  let peakText = '';
  const notePeak = () => {
    const text = answerText(threadStore.getThread(key));
    if (text.length > peakText.length) peakText = text;
  };
  const unsubscribe = threadStore.store.subscribe(notePeak);
  return new Promise((resolve) => {
    let settledAt: number | null = null;
    const finish = (timedOut: boolean) => {
      clearInterval(poll);
      unsubscribe();
      notePeak();
      const settledMs = Math.round((timedOut || settledAt === null ? performance.now() : settledAt) - options.startedAt);
      resolve({ thread: threadStore.getThread(key), timedOut, settledMs, peakText });
    };
    const poll = setInterval(() => {
      threadStore.flush();
      const now = performance.now();
      if (!options.isSettled(threadStore.getThread(key))) settledAt = null;
      else settledAt ??= now;
      if (settledAt !== null && now - settledAt >= options.quietMs) finish(false);
      else if (now - options.startedAt >= options.timeoutMs) finish(true);
    }, POLL_MS);
  });
}

import { createContext, useContext } from 'react';
import type { ThreadError, ThreadItem, ThreadStatus } from '@threadline/headless';

/** What {@link ThreadRoot} shares with the parts inside it. */
export interface ThreadContextValue {
  threadId: string;
  items: readonly ThreadItem[];
  /** The thread's status, when `Thread.Root` was given one. */
  status?: ThreadStatus;
  /** The thread's error, when `Thread.Root` was given one. */
  error?: ThreadError | null;
}

/** @internal Provided by `Thread.Root`. */
export const ThreadContext = createContext<ThreadContextValue | null>(null);

/** The nearest `Thread.Root`'s thread id, items, status and error, or null outside one. */
export function useThreadContext(): ThreadContextValue | null {
  return useContext(ThreadContext);
}

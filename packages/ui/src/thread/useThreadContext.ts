import { createContext, useContext } from 'react';
import type { ThreadItem } from '@threadline/headless';

/** What {@link ThreadRoot} shares with the parts inside it. */
export interface ThreadContextValue {
  threadId: string;
  items: readonly ThreadItem[];
}

/** @internal Provided by `Thread.Root`. */
export const ThreadContext = createContext<ThreadContextValue | null>(null);

/** The nearest `Thread.Root`'s thread id and items, or null outside one. */
export function useThreadContext(): ThreadContextValue | null {
  return useContext(ThreadContext);
}

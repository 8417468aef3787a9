import { createContext, useContext, useMemo } from 'react';
import type { ThreadError, ThreadItem, ThreadStatus } from '@threadline/headless';
import type { ValueSource } from '../internal/createValueSource';
import { useSourceValue } from '../internal/useValueSource';

/** What {@link ThreadRoot} shares with the parts inside it. */
export interface ThreadContextValue {
  threadId: string;
  items: readonly ThreadItem[];
  /** The thread's status, when `Thread.Root` was given one. */
  status?: ThreadStatus;
  /** The thread's error, when `Thread.Root` was given one. */
  error?: ThreadError | null;
}

/** @internal What `Thread.Root` provides: everything but the items, which come from `items`. */
export interface ThreadScope extends Omit<ThreadContextValue, 'items'> {
  items: ValueSource<readonly ThreadItem[]>;
}

/** @internal Provided by `Thread.Root`; stable while only the items change. */
export const ThreadContext = createContext<ThreadScope | null>(null);

const noItems: readonly ThreadItem[] = [];

/**
 * @internal The nearest `Thread.Root`'s id, status and error, without its items: parts inside
 * messages use this, so a streamed frame does not re-render them.
 */
export function useThreadScope(): ThreadScope | null {
  return useContext(ThreadContext);
}

/** The nearest `Thread.Root`'s thread id, items, status and error, or null outside one. */
export function useThreadContext(): ThreadContextValue | null {
  const scope = useContext(ThreadContext);
  const items = useSourceValue(scope?.items, noItems);
  return useMemo(() => (scope ? { threadId: scope.threadId, status: scope.status, error: scope.error, items } : null), [scope, items]);
}

import { forwardRef, useMemo } from 'react';
import type { HTMLAttributes } from 'react';
import type { ThreadItem, ThreadStatus } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { ThreadContext } from './useThreadContext';

/** Props of {@link ThreadRoot}. */
export interface ThreadRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The thread the parts inside render (artifacts are fetched from it). */
  threadId: string;
  /** The thread's items in display order (`useThreadStream(...).items`); `Thread.Messages` and `Thread.Empty` read them. */
  items?: readonly ThreadItem[];
  /** Shown as `data-state`, e.g. `running` or `complete`. */
  status?: ThreadStatus;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

const noItems: readonly ThreadItem[] = [];

/** The thread container: provides the thread id and items to the parts inside it. */
export const ThreadRoot = forwardRef<HTMLDivElement, ThreadRootProps>(function ThreadRoot(
  { threadId, items = noItems, status, asChild, className, ...props },
  ref,
) {
  const context = useMemo(() => ({ threadId, items }), [threadId, items]);
  const Component = asChild ? Slot : 'div';
  return (
    <ThreadContext.Provider value={context}>
      <Component ref={ref} className={joinClassNames('tl-thread', className)} data-state={status} {...props} />
    </ThreadContext.Provider>
  );
});

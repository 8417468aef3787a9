import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { ThreadItem } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useThreadContext } from './useThreadContext';

/** Props of {@link ThreadEmpty}. */
export interface ThreadEmptyProps extends HTMLAttributes<HTMLDivElement> {
  /** Overrides the items of the enclosing `Thread.Root`. */
  items?: readonly ThreadItem[];
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/** Renders its children only while the thread has no items (a welcome text, suggestions). */
export const ThreadEmpty = forwardRef<HTMLDivElement, ThreadEmptyProps>(function ThreadEmpty(
  { items, asChild, className, ...props },
  ref,
) {
  const context = useThreadContext();
  const count = (items ?? context?.items ?? []).length;
  if (count > 0) return null;
  const Component = asChild ? Slot : 'div';
  return <Component ref={ref} className={joinClassNames('tl-thread-empty', className)} {...props} />;
});

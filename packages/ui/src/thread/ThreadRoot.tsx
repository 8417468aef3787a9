import { forwardRef, useEffect, useMemo, useRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { ThreadError, ThreadItem, ThreadStatus } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import type { WidgetActionHandler } from '../widget/WidgetAction';
import { useProvidedSource } from '../internal/useValueSource';
import { ThreadContext } from './useThreadContext';
import type { ThreadScope } from './useThreadContext';
import { WidgetActionContext } from './useWidgetActionContext';

/** Props of {@link ThreadRoot}. */
export interface ThreadRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The thread the parts inside render (artifacts are fetched from it). */
  threadId: string;
  /** The thread's items in display order (`useThreadStream(...).items`); `Thread.Messages` and `Thread.Empty` read them. */
  items?: readonly ThreadItem[];
  /** Shown as `data-state`, e.g. `running` or `complete`. */
  status?: ThreadStatus;
  /** The thread's error (`useThreadStream(...).error`); `Thread.Announcer` reads it. */
  error?: ThreadError | null;
  /**
   * Receives widgets' server actions with the widget's item id (for ChatKit,
   * `(action, itemId) => stream.customAction?.(action, itemId)`). Without it, widget buttons are disabled.
   */
  onWidgetAction?: WidgetActionHandler;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

const noItems: readonly ThreadItem[] = [];

/** The thread container: provides the thread id, items, status, error and widget action handler to the parts inside it. */
export const ThreadRoot = forwardRef<HTMLDivElement, ThreadRootProps>(function ThreadRoot(
  { threadId, items = noItems, status, error = null, onWidgetAction, asChild, className, ...props },
  ref,
) {
  const source = useProvidedSource(items);
  const context = useMemo<ThreadScope>(() => ({ threadId, items: source, status, error }), [threadId, source, status, error]);
  // Widgets get one stable function that calls the latest handler, so a new inline handler
  // each render does not re-render every widget.
  const latestAction = useRef(onWidgetAction);
  useEffect(() => {
    latestAction.current = onWidgetAction;
  });
  const hasAction = onWidgetAction !== undefined;
  const widgetAction = useMemo<WidgetActionHandler | null>(
    () => (hasAction ? (action, itemId) => latestAction.current?.(action, itemId) : null),
    [hasAction],
  );
  const Component = asChild ? Slot : 'div';
  return (
    <ThreadContext.Provider value={context}>
      <WidgetActionContext.Provider value={widgetAction}>
        <Component ref={ref} className={joinClassNames('tl-thread', className)} data-state={status} {...props} />
      </WidgetActionContext.Provider>
    </ThreadContext.Provider>
  );
});

import { forwardRef, useEffect, useMemo, useRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useComposedRef } from '../internal/useComposedRef';
import { useStickToBottom } from './useStickToBottom';
import { useThreadContext } from './useThreadContext';
import { ThreadViewportContext } from './useThreadViewportContext';

/** Props of {@link ThreadViewport}. */
export interface ThreadViewportProps extends HTMLAttributes<HTMLDivElement> {
  /** How close to the bottom, in pixels, still counts as at the bottom (default 48). Read once. */
  threshold?: number;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/**
 * The thread's scrollable area. Give it a height (a flex child with `min-height: 0`, or a fixed
 * height); `tl-thread-viewport` in the default theme sets the overflow. It is in the tab order, so
 * keyboard users can scroll it, and a `region` landmark once you name it with an `aria-label`.
 * It stays at the bottom while content streams in, stops following as soon as the reader scrolls
 * up (wheel, touch, keys, or the scrollbar past the threshold), and follows again once they are
 * back at the bottom, press `Thread.JumpToLatest`, or send a message (a new user message in the
 * enclosing `Thread.Root`). `data-following="true|false"`.
 */
export const ThreadViewport = forwardRef<HTMLDivElement, ThreadViewportProps>(function ThreadViewport(
  { threshold, asChild, className, ...props },
  ref,
) {
  const { ref: stickRef, following, scrollToBottom } = useStickToBottom({ threshold });
  const composedRef = useComposedRef<HTMLDivElement>(ref, stickRef);
  const lastUserMessage = useThreadContext()?.items.findLast((item) => item.kind === 'message' && item.role === 'user')?.id;
  const seenUserMessage = useRef(lastUserMessage);
  useEffect(() => {
    if (lastUserMessage === seenUserMessage.current) return;
    seenUserMessage.current = lastUserMessage;
    if (lastUserMessage !== undefined) scrollToBottom();
  }, [lastUserMessage, scrollToBottom]);
  const context = useMemo(() => ({ following, scrollToBottom }), [following, scrollToBottom]);
  const Component = asChild ? Slot : 'div';
  return (
    <ThreadViewportContext.Provider value={context}>
      <Component ref={composedRef} className={joinClassNames('tl-thread-viewport', className)} data-following={following ? 'true' : 'false'} role="region" tabIndex={0} {...props} />
    </ThreadViewportContext.Provider>
  );
});

import { forwardRef } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useThreadViewportContext } from './useThreadViewportContext';

/** Props of {@link ThreadJumpToLatest}. */
export interface ThreadJumpToLatestProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Render the only child instead of a `button`, with these props merged in. */
  asChild?: boolean;
}

/**
 * A button inside `Thread.Viewport` that scrolls to the latest content and follows it again.
 * It is `hidden` while the viewport follows: `data-state="hidden|visible"`.
 */
export const ThreadJumpToLatest = forwardRef<HTMLButtonElement, ThreadJumpToLatestProps>(function ThreadJumpToLatest(
  { asChild, className, children, onClick, ...props },
  ref,
) {
  const viewport = useThreadViewportContext();
  if (!viewport) throw new Error('<Thread.JumpToLatest> renders inside <Thread.Viewport>.');
  const visible = !viewport.following;
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      ref={ref}
      type="button"
      className={joinClassNames('tl-thread-jump', className)}
      data-state={visible ? 'visible' : 'hidden'}
      hidden={!visible}
      {...props}
      onClick={composeHandlers(onClick, () => viewport.scrollToBottom())}
    >
      {children ?? 'Jump to latest'}
    </Component>
  );
});

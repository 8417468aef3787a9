import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { ThreadError } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';

/** Props of {@link ErrorBanner}. */
export interface ErrorBannerProps extends HTMLAttributes<HTMLDivElement> {
  /** The thread's error (`useThreadStream(...).error`); nothing renders while it is null. */
  error: ThreadError | null;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/**
 * The thread's error as an alert: its message, `data-kind` (network, http, protocol, server,
 * aborted, timeout, auth) and `data-retryable`. Children (a retry button) render after the message.
 */
export const ErrorBanner = forwardRef<HTMLDivElement, ErrorBannerProps>(function ErrorBanner(
  { error, asChild, className, children, ...props },
  ref,
) {
  if (!error) return null;
  if (asChild) {
    return (
      <Slot ref={ref} role="alert" className={joinClassNames('tl-error-banner', className)} data-kind={error.kind} data-retryable={error.retryable} {...props}>
        {children}
      </Slot>
    );
  }
  return (
    <div ref={ref} role="alert" className={joinClassNames('tl-error-banner', className)} data-kind={error.kind} data-retryable={error.retryable} {...props}>
      <p className="tl-error-banner-message">{error.message}</p>
      {children}
    </div>
  );
});

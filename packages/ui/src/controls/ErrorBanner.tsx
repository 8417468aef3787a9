import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { ThreadError } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';

/** Props of {@link ErrorBanner}. */
export interface ErrorBannerProps extends HTMLAttributes<HTMLDivElement> {
  /** The thread's error (`useThreadStream(...).error`); nothing renders while it is null. */
  error: ThreadError | null;
  /** Asks again (`useThreadStream(...).retry`): a Retry button shows when the error is `retryable`. */
  onRetry?: () => unknown;
  /** True while the retry is in flight: the button is disabled. */
  isRetrying?: boolean;
  /** Text of the retry button (default "Retry"). */
  retryLabel?: string;
  /** False when a `Thread.Announcer` already announces the error: no `role="alert"` then. Default true. */
  announce?: boolean;
  /** Render the only child instead of a `div`, with these props merged in (no message or button then). */
  asChild?: boolean;
}

/**
 * The thread's error as an alert (unless `announce` is false): its message, `data-kind`
 * (network, http, protocol, server, aborted, timeout, auth) and `data-retryable`, a Retry button
 * when the error is retryable and `onRetry` is given, then the children (other actions).
 */
export const ErrorBanner = forwardRef<HTMLDivElement, ErrorBannerProps>(function ErrorBanner(
  { error, onRetry, isRetrying = false, retryLabel = 'Retry', announce = true, asChild, className, children, ...props },
  ref,
) {
  if (!error) return null;
  const shared = { role: announce ? 'alert' : undefined, className: joinClassNames('tl-error-banner', className), 'data-kind': error.kind, 'data-retryable': error.retryable };
  if (asChild) {
    return (
      <Slot ref={ref} {...shared} {...props}>
        {children}
      </Slot>
    );
  }
  return (
    <div ref={ref} {...shared} {...props}>
      <p className="tl-error-banner-message">{error.message}</p>
      {error.retryable && onRetry ? (
        <button
          type="button"
          className="tl-error-banner-retry"
          disabled={isRetrying}
          onClick={() => {
            try {
              Promise.resolve(onRetry()).catch(() => undefined);
            } catch {
              // The failure is on the thread: the banner shows the new error.
            }
          }}
        >
          {retryLabel}
        </button>
      ) : null}
      {children}
    </div>
  );
});

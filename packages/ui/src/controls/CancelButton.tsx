import { forwardRef } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import type { ThreadStatus } from '@threadline/headless';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';

/** Props of {@link CancelButton}. */
export interface CancelButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The thread's status; the button is enabled only while it is `running`. */
  status: ThreadStatus;
  /** Cancels the run (`useThreadStream(...).cancel`). */
  cancel: () => unknown;
  /** Called when `cancel` rejects (otherwise the rejection is dropped: the button stays usable). */
  onCancelError?: (error: unknown) => void;
  /** True while the cancel request is in flight (`isCancelling`): disabled, `data-state="cancelling"`. */
  isCancelling?: boolean;
  /** Render the only child instead of a `button`, with these props merged in. */
  asChild?: boolean;
}

/** Stops the running answer. `data-state="idle|running|cancelling"`. */
export const CancelButton = forwardRef<HTMLButtonElement, CancelButtonProps>(function CancelButton(
  { status, cancel, onCancelError, isCancelling = false, asChild, className, children, onClick, disabled, ...props },
  ref,
) {
  const running = status === 'running';
  const state = isCancelling ? 'cancelling' : running ? 'running' : 'idle';
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      ref={ref}
      type="button"
      className={joinClassNames('tl-cancel-button', className)}
      data-state={state}
      disabled={disabled || !running || isCancelling}
      {...props}
      onClick={composeHandlers(onClick, () => {
        const report = (error: unknown) => onCancelError?.(error);
        try {
          Promise.resolve(cancel()).catch(report);
        } catch (error) {
          report(error);
        }
      })}
    >
      {children ?? (isCancelling ? 'Stopping…' : 'Stop')}
    </Component>
  );
});

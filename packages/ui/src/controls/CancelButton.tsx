import { forwardRef } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import type { ThreadStatus } from '@threadline/headless';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';

/** Props of {@link CancelButton}. */
export interface CancelButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The thread's status; the button is enabled only while a run is active (`queued`, `running`, `requires_action`). */
  status: ThreadStatus;
  /** Cancels the run (`useThreadStream(...).cancel`). */
  cancel: () => unknown;
  /** Called when `cancel` rejects (otherwise the rejection is dropped: the button stays usable). */
  onCancelError?: (error: unknown) => void;
  /** True while the cancel request is in flight (`isCancelling`): disabled, `data-state="cancelling"`. */
  isCancelling?: boolean;
  /** Whether the server lets this run be cancelled (`useThreadStream(...).canCancel`); false hides the button. Default true. */
  canCancel?: boolean;
  /** Render the only child instead of a `button`, with these props merged in. */
  asChild?: boolean;
}

const activeStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'requires_action']);

/**
 * Stops the running answer. `data-state="idle|running|cancelling"` (`running` for any active
 * run, `cancelling` also while the thread itself is `cancelling`); disabled when there is
 * nothing to stop, and `hidden` (and disabled) where the server does not allow cancelling.
 */
export const CancelButton = forwardRef<HTMLButtonElement, CancelButtonProps>(function CancelButton(
  { status, cancel, onCancelError, isCancelling = false, canCancel = true, asChild, className, children, onClick, disabled, ...props },
  ref,
) {
  const cancelling = isCancelling || status === 'cancelling';
  const running = activeStatuses.has(status);
  const state = cancelling ? 'cancelling' : running ? 'running' : 'idle';
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      ref={ref}
      type="button"
      className={joinClassNames('tl-cancel-button', className)}
      data-state={state}
      disabled={disabled || !running || cancelling || !canCancel}
      hidden={!canCancel || undefined}
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
      {children ?? (cancelling ? 'Stopping…' : 'Stop')}
    </Component>
  );
});

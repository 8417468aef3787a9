import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { usePendingActionContext } from './usePendingActionContext';

/** Props of {@link PendingActionError}. */
export interface PendingActionErrorProps extends HTMLAttributes<HTMLParagraphElement> {
  /** Render the only child instead of a `p`, with these props merged in. */
  asChild?: boolean;
}

/** Why the last response failed, as an alert; renders nothing while there is no failure. */
export const PendingActionError = forwardRef<HTMLParagraphElement, PendingActionErrorProps>(function PendingActionError(
  { asChild, className, children, ...props },
  ref,
) {
  const { error } = usePendingActionContext('PendingAction.Error');
  if (!error) return null;
  const Component = asChild ? Slot : 'p';
  return (
    <Component ref={ref} role="alert" className={joinClassNames('tl-pending-action-error', className)} {...props}>
      {children ?? error}
    </Component>
  );
});

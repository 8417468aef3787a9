import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { usePendingActionContext } from './usePendingActionContext';

/** Props of {@link PendingActionError}. */
export type PendingActionErrorProps = HTMLAttributes<HTMLParagraphElement>;

/** Why the last response failed, as an alert; renders nothing while there is no failure. */
export const PendingActionError = forwardRef<HTMLParagraphElement, PendingActionErrorProps>(function PendingActionError(
  { className, children, ...props },
  ref,
) {
  const { error } = usePendingActionContext('PendingAction.Error');
  if (!error) return null;
  return (
    <p ref={ref} role="alert" className={joinClassNames('tl-pending-action-error', className)} {...props}>
      {children ?? error}
    </p>
  );
});

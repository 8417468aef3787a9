import { forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import type { HTMLAttributes } from 'react';
import type { ActionResponse, PendingAction } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { PendingActionContext } from './usePendingActionContext';
import type { PendingActionContextValue } from './usePendingActionContext';

/** Props of {@link PendingActionRoot}. */
export interface PendingActionRootProps extends HTMLAttributes<HTMLDivElement> {
  /** What the run waits for (`useThreadStream(...).pendingAction`). */
  action: PendingAction;
  /** Sends the user's response (`useThreadStream(...).respond`). */
  onRespond: (response: ActionResponse) => Promise<void> | void;
  /** True while a response is in flight elsewhere too (`isResponding`). */
  isResponding?: boolean;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/**
 * Holds one pending action for the forms inside it (`PendingAction.Questions`, `.Plan`,
 * `.Approval`, `.ToolOutputs`): a labelled region with `data-kind` (the action's kind) and
 * `data-state="idle|submitting"`. A failed response is kept for `PendingAction.Error`.
 */
export const PendingActionRoot = forwardRef<HTMLDivElement, PendingActionRootProps>(function PendingActionRoot(
  { action, onRespond, isResponding = false, asChild, className, ...props },
  ref,
) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latestRespond = useRef(onRespond);
  useEffect(() => {
    latestRespond.current = onRespond;
  });
  const state = submitting || isResponding ? 'submitting' : 'idle';

  const context = useMemo<PendingActionContextValue>(
    () => ({
      action,
      state,
      error,
      async submit(response) {
        setSubmitting(true);
        setError(null);
        try {
          await latestRespond.current(response);
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure));
        } finally {
          setSubmitting(false);
        }
      },
    }),
    [action, state, error],
  );

  const Component = asChild ? Slot : 'div';
  return (
    <PendingActionContext.Provider value={context}>
      <Component
        ref={ref}
        role="region"
        aria-label="Action required"
        aria-busy={state === 'submitting' || undefined}
        className={joinClassNames('tl-pending-action', className)}
        data-kind={action.kind}
        data-state={state}
        {...props}
      />
    </PendingActionContext.Provider>
  );
});

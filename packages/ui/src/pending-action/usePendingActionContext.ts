import { createContext, useContext } from 'react';
import type { ActionResponse, PendingAction } from '@threadline/headless';

/** A pending action form's `data-state`. */
export type PendingActionState = 'idle' | 'submitting';

/** What {@link PendingActionRoot} shares with the forms inside it. */
export interface PendingActionContextValue {
  action: PendingAction;
  /** Sends the response; a rejection is kept as `error` rather than thrown. */
  submit(response: ActionResponse): Promise<void>;
  state: PendingActionState;
  /** Why the last response failed, or null. */
  error: string | null;
}

/** @internal Provided by `PendingAction.Root`. */
export const PendingActionContext = createContext<PendingActionContextValue | null>(null);

/** The nearest `PendingAction.Root`'s action and `submit`; throws outside one (naming the part). */
export function usePendingActionContext(part: string): PendingActionContextValue {
  const context = useContext(PendingActionContext);
  if (!context) throw new Error(`${part} must be rendered inside <PendingAction.Root>.`);
  return context;
}

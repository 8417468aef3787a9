import type { PendingAction } from '../../events/PendingAction';
import { isBarePendingAction, toPendingAction } from './toPendingAction';
import type { Json } from './pickString';

/** The permission requests of one turn that still wait for the client. */
export interface PendingActions {
  /** Records a request frame; returns the action to show, or null when it adds nothing. */
  require(raw: Json): PendingAction | null;
  /** Records a `permission_resolved` frame; returns the request still waiting, or null when none is. */
  resolve(raw: Json): PendingAction | null;
  clear(): void;
}

/**
 * The thread shows one pending action, but approval mode can gate several tool calls at
 * once: the requests queue here, the newest is shown, and resolving it shows the one before.
 */
export function createPendingActions(): PendingActions {
  let waiting: PendingAction[] = [];

  function indexOf(requestId: string | null): number {
    return requestId === null ? -1 : waiting.findIndex((entry) => entry.requestId === requestId);
  }

  return {
    require(raw) {
      const action = toPendingAction(raw);
      const known = indexOf(action.requestId);
      // `awaiting_approval` may only restate what a richer `permission_request` described.
      if (isBarePendingAction(action) && waiting.length > 0) return null;
      if (known >= 0 && action.toolName === null && action.questions.length === 0) return null;
      if (known >= 0) waiting.splice(known, 1);
      waiting.push(action);
      return action;
    },
    resolve(raw) {
      const { requestId } = toPendingAction(raw);
      const index = requestId === null ? waiting.length - 1 : indexOf(requestId);
      if (index >= 0) waiting.splice(index, 1);
      return waiting[waiting.length - 1] ?? null;
    },
    clear() {
      waiting = [];
    },
  };
}

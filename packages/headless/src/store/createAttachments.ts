/** Counts who listens to a thread. */
export interface Attachments {
  /** One more listener; returns its release (safe to call twice). */
  attach(): () => void;
  readonly count: number;
}

/**
 * Calls `onAttach` whenever a listener attaches (to pick up a run left going) and `onLast` when
 * the last one leaves. The release waits a tick, so a remount in the same tick (React
 * StrictMode) keeps the connection.
 */
export function createAttachments(callbacks: { onAttach(): void; onLast(): void }): Attachments {
  let count = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  return {
    attach() {
      count += 1;
      if (pending) {
        clearTimeout(pending);
        pending = null;
      }
      callbacks.onAttach();
      let attached = true;
      return () => {
        if (!attached) return;
        attached = false;
        count -= 1;
        if (count === 0) {
          pending = setTimeout(() => {
            pending = null;
            if (count === 0) callbacks.onLast();
          }, 0);
        }
      };
    },
    get count() {
      return count;
    },
  };
}

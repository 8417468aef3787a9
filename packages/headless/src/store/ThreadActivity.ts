/**
 * What the user asked of a thread that has not settled yet: a message being posted (a send or a
 * retry), a cancel, an answer to a pending action. It lives in the store beside the thread, so it
 * changes in the same frame's notification as the stream it starts.
 */
export interface ThreadActivity {
  /** A message (a send, a retry, a run's start) is being posted. */
  sending: boolean;
  /** A cancel has been asked and the server has not answered yet. */
  cancelling: boolean;
  /** An answer to the pending action is being posted. */
  responding: boolean;
}

/** One kind of {@link ThreadActivity}. */
export type ThreadActivityKind = keyof ThreadActivity;

/** A thread with nothing under way. */
export const idleActivity: ThreadActivity = Object.freeze({ sending: false, cancelling: false, responding: false });

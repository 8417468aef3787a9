import type { DialectName } from '../events/DialectName';
import type { ActionResponse } from './ActionResponse';

/** Runs a REST read. The React layer routes these through react-query's cache. */
export type QueryRunner = <T>(key: readonly unknown[], read: () => Promise<T>) => Promise<T>;

/**
 * Owns one thread's traffic in one dialect: it streams responses into the store, sends,
 * cancels, answers pending actions, and recovers when a stream ends early.
 *
 * `cancel()` and `detach()` are different verbs: `cancel` asks the server to stop the run and
 * marks what was streamed `cancelled`; `detach` only stops listening and leaves the run going.
 */
export interface ThreadController {
  /** The thread's key in the store. */
  readonly threadId: string;
  /** The dialect it speaks; `auto` for a read-only stream whose dialect the frames tell. */
  readonly dialect: DialectName | 'auto';
  /** Starts listening (for Boosted, opens the thread's stream); returns the matching detach. */
  attach(): () => void;
  /** Posts the user's message and streams the answer; rejects if the post fails (the error is also on the thread). */
  send(text: string): Promise<void>;
  /** Asks the server to stop the run. */
  cancel(): Promise<void>;
  /** Stops listening; the run goes on on the server. */
  detach(): void;
  /** Answers the thread's pending action; the run goes on. */
  respond(response: ActionResponse): Promise<void>;
  /** Asks again for the last user message (ChatKit `retry_after_item`; a new run elsewhere). */
  retry(): Promise<void>;
}

// Whether a thread status means the run is still going (on the server, if not on our stream).
export function isActiveStatus(status: string | undefined): boolean {
  return status === 'queued' || status === 'running' || status === 'cancelling';
}

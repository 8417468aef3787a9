import type { ThreadStore } from '@threadline/headless';

/** One long-lived thread of the Node soak, fed turn after turn from the bytes of its SSE body. */
export interface SoakLane {
  readonly threadId: string;
  /**
   * Feeds the next slice of the wire to the thread: the slice goes through `createSseReader` and
   * the dialect's decoder into `store.enqueue`. Returns how many canonical events reached the
   * store, local ones (a user's message, a trim) included.
   */
  push(): number;
  /** Whether the lane is between two turns: its last turn has been fed whole. */
  readonly idle: boolean;
  /** Why the thread's kept messages differ from the answers the lane wrote, or null when they match. */
  verify(): string | null;
}

/** The answer of one finished turn, as the lane wrote it to the wire. */
export interface KeptAnswer {
  messageId: string;
  text: string;
  /** Every item the turn added to the thread (its question, the answer...), removed together. */
  itemIds: string[];
}

/** Options of the soak's lanes. */
export interface SoakLaneOptions {
  store: ThreadStore;
  threadId: string;
  /** Finished turns the thread keeps; older ones are removed from it. */
  keepTurns: number;
  /** Varies answers and slice boundaries from lane to lane. */
  seed: number;
  /** Largest slice of the body fed at once, in bytes. */
  maxSlice: number;
  onWarning(message: string): void;
}

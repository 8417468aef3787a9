import type { BoostedFrame } from './BoostedFrame';
import type { BoostedThread } from './BoostedThread';

/** Sends a frame to every open stream on the thread, each in its own transport. */
export function broadcastBoostedFrame(thread: BoostedThread, frame: BoostedFrame): void {
  for (const subscriber of thread.subscribers) subscriber.send(frame);
}

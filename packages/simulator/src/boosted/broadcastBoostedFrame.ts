import type { BoostedFrame } from './BoostedFrame';
import type { BoostedThread } from './BoostedThread';
import { encodeBoostedFrame } from './encodeBoostedFrame';

/** Sends a frame to every open stream on the thread, each in its own framing. */
export function broadcastBoostedFrame(thread: BoostedThread, frame: BoostedFrame): void {
  for (const subscriber of thread.subscribers) {
    subscriber.stream.write(encodeBoostedFrame(frame, subscriber.framing));
  }
}

import type { FrameScheduler } from '@threadline/headless';

/** Animation frames the caller runs by hand, so a synchronous loop decides when the store flushes. */
export interface ManualFrames {
  /** Pass as the store's `scheduleFrame`. */
  scheduleFrame: FrameScheduler;
  /** Runs every callback scheduled and not cancelled so far; returns how many ran. */
  runFrame(): number;
}

/** A frame scheduler that never fires on its own. */
export function createManualFrames(): ManualFrames {
  let next = 0;
  const due = new Map<number, () => void>();
  return {
    scheduleFrame(callback) {
      const handle = next;
      next += 1;
      due.set(handle, callback);
      return () => due.delete(handle);
    },
    runFrame() {
      const callbacks = [...due.values()];
      due.clear();
      for (const callback of callbacks) callback();
      return callbacks.length;
    },
  };
}

/**
 * Schedules `callback` once; returns a function that cancels it. The callback may be given the
 * frame's time, the same for every callback of one frame (as `requestAnimationFrame` gives it).
 */
export type FrameScheduler = (callback: (frameTime?: number) => void) => () => void;

/** The next animation frame in a browser; a 16 ms timer where there are no frames (Node, workers). */
export const scheduleFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(() => callback(performance.now()), 16);
  return () => clearTimeout(handle);
};

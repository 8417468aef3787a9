// Imported first by every page, so it wraps `requestAnimationFrame` before any contender calls it.

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

const framePending: (() => void)[] = [];
let inFrame = false;

function endFrame(): void {
  inFrame = false;
  for (const callback of framePending.splice(0)) callback();
}

// A user-blocking task queued while the frame renders runs once its style, layout and paint are
// done (they run in the same task as the callbacks) and, being urgent, ahead of the network
// tasks that queued meanwhile, which would otherwise pass as part of the painted frame.
const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
const channel = new MessageChannel();
channel.port1.onmessage = endFrame;
const afterThisTask = scheduler ? () => void scheduler.postTask(endFrame, { priority: 'user-blocking' }) : () => channel.port2.postMessage(null);

const requestFrame = window.requestAnimationFrame.bind(window);

window.requestAnimationFrame = (callback) =>
  requestFrame((time) => {
    if (!inFrame) {
      inFrame = true;
      afterThisTask();
    }
    callback(time);
  });

/** Whether a frame is rendering: called from a `requestAnimationFrame` callback, or from the task it runs in. */
export function isRenderingFrame(): boolean {
  return inFrame;
}

/**
 * Calls back once the frame that shows the DOM as it is now has been painted: this frame's when
 * called while a frame renders (a contender that commits in `requestAnimationFrame`), else the
 * next one's. The same clock for every contender; it asks for a frame only when none is rendering.
 */
export function afterFramePainted(callback: () => void): void {
  if (inFrame) {
    framePending.push(callback);
    return;
  }
  window.requestAnimationFrame(() => framePending.push(callback));
}

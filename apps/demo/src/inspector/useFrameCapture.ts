import { useSyncExternalStore } from 'react';
import type { FrameCapture, FrameCaptureSnapshot } from './createFrameCapture';

/** One field of a capture (`select` must return a field, not build a new value), kept current. */
export function useFrameCapture<T>(capture: FrameCapture, select: (snapshot: FrameCaptureSnapshot) => T): T {
  return useSyncExternalStore(capture.subscribe, () => select(capture.getSnapshot()));
}

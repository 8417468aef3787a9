import { useEffect, useState, useSyncExternalStore } from 'react';
import { createStopwatch } from './createStopwatch';

/** Whole seconds since `running` last turned true (frozen once it turns false), or null before it ever did. */
export function useStopwatch(running: boolean): number | null {
  const [stopwatch] = useState(() => createStopwatch());
  useEffect(() => stopwatch.sync(running), [stopwatch, running]);
  return useSyncExternalStore(stopwatch.subscribe, stopwatch.seconds, stopwatch.seconds);
}

import type { CapturedFrame } from './createFrameCapture';

/** The filter value that keeps only frames that produced no canonical event. */
export const noEventsFilter = '(none)';

/** Whether a frame passes the event-type filter: '' keeps all, {@link noEventsFilter} those without events. */
export function frameMatchesFilter(frame: CapturedFrame, filter: string): boolean {
  if (filter === '') return true;
  if (filter === noEventsFilter) return frame.events.length === 0;
  return frame.events.some((event) => event.type === filter);
}

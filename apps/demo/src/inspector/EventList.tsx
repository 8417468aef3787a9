import { useMemo } from 'react';
import type { ThreadEvent } from '@threadline/headless';
import type { CapturedFrame } from './createFrameCapture';
import { EventRow } from './EventRow';
import { noEventsFilter } from './frameMatchesFilter';
import { WindowedList } from './WindowedList';

/** Props of {@link EventList}. */
export interface EventListProps {
  frames: readonly CapturedFrame[];
  /** An event type, or '' for every event. */
  filter: string;
}

interface EventEntry {
  key: string;
  frameIndex: number;
  event: ThreadEvent;
}

/** The Events view: the canonical event stream, flat, each with the frame it came from. */
export function EventList({ frames, filter }: EventListProps) {
  const entries = useMemo(
    () =>
      frames.flatMap((frame) =>
        frame.events.flatMap((event, position): EventEntry[] =>
          filter === '' || filter === noEventsFilter || event.type === filter ? [{ key: `${frame.index}.${position}`, frameIndex: frame.index, event }] : [],
        ),
      ),
    [frames, filter],
  );
  return (
    <WindowedList
      items={entries}
      getKey={(entry) => entry.key}
      renderItem={(entry) => <EventRow event={entry.event} frameIndex={entry.frameIndex} />}
      label="Canonical events"
      empty={frames.length === 0 ? 'No events yet.' : 'No event matches the filter.'}
    />
  );
}

import { useMemo } from 'react';
import type { CapturedFrame } from './createFrameCapture';
import { frameMatchesFilter } from './frameMatchesFilter';
import { FrameRow } from './FrameRow';
import { WindowedList } from './WindowedList';

/** Props of {@link FrameList}. */
export interface FrameListProps {
  frames: readonly CapturedFrame[];
  /** An event type, '' for every frame, or `noEventsFilter`. */
  filter: string;
}

/** The Frames view: every captured frame as it arrived, newest last. */
export function FrameList({ frames, filter }: FrameListProps) {
  const shown = useMemo(() => (filter === '' ? frames : frames.filter((frame) => frameMatchesFilter(frame, filter))), [frames, filter]);
  return (
    <WindowedList
      items={shown}
      getKey={(frame) => frame.index}
      renderItem={(frame) => <FrameRow captured={frame} highlight={filter} />}
      label="Frames"
      empty={frames.length === 0 ? 'No frames yet: send a message and they appear here as they arrive.' : 'No frame matches the filter.'}
    />
  );
}

import { memo } from 'react';
import type { ThreadEvent } from '@threadline/headless';
import { describeEvent } from './describeEvent';

/** Props of {@link EventRow}. */
export interface EventRowProps {
  event: ThreadEvent;
  /** The index of the frame it came from. */
  frameIndex: number;
}

/** One canonical event of the flat event stream, with the frame it came from. */
export const EventRow = memo(function EventRow({ event, frameIndex }: EventRowProps) {
  return (
    <li className="demo-inspector-event" data-testid="inspector-event" data-type={event.type}>
      <span className="demo-inspector-index">#{frameIndex}</span>
      <code className="demo-inspector-type">{event.type}</code>
      <span className="demo-inspector-fields">{describeEvent(event)}</span>
    </li>
  );
});

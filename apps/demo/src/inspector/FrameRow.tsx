import { memo, useMemo } from 'react';
import type { CapturedFrame } from './createFrameCapture';
import { describeEvent } from './describeEvent';
import { formatClockTime } from './formatClockTime';
import { formatFrameData } from './formatFrameData';

// A final message can carry a whole 20,000-token answer; laying out all of it blocks the page.
const shownCharacters = 8000;

/** Props of {@link FrameRow}. */
export interface FrameRowProps {
  captured: CapturedFrame;
  /** The event type the list is filtered by, marked in the row; '' for none. */
  highlight: string;
}

/** One raw frame: when it came, its event name and id, its data (indented if JSON) and the canonical events it produced. */
export const FrameRow = memo(function FrameRow({ captured, highlight }: FrameRowProps) {
  const { index, receivedAt, frame, events } = captured;
  const data = useMemo(() => formatFrameData(frame.data), [frame.data]);
  return (
    <li className="demo-inspector-frame" data-testid="inspector-frame" data-index={index} data-event-name={frame.event ?? ''}>
      <div className="demo-inspector-frame-head">
        <span className="demo-inspector-index">#{index}</span>
        <time dateTime={new Date(receivedAt).toISOString()}>{formatClockTime(receivedAt)}</time>
        <code className="demo-inspector-name">{frame.event ?? 'message'}</code>
        {frame.id === undefined ? null : <span className="demo-muted">id {frame.id}</span>}
      </div>
      <pre className="demo-inspector-data" data-json={data.json}>
        {data.text.length > shownCharacters ? data.text.slice(0, shownCharacters) : data.text}
        {data.text.length > shownCharacters ? (
          <span className="demo-inspector-cut">{`\n… ${(data.text.length - shownCharacters).toLocaleString('en-US')} more characters (the export keeps them)`}</span>
        ) : null}
      </pre>
      {events.length === 0 ? (
        <p className="demo-inspector-none" data-testid="inspector-frame-no-events">
          No canonical events
        </p>
      ) : (
        <ul className="demo-inspector-events" aria-label={`Events of frame ${index}`}>
          {events.map((event, position) => (
            <li key={position} data-testid="inspector-frame-event" data-type={event.type} data-highlight={event.type === highlight || undefined}>
              <code className="demo-inspector-type">{event.type}</code> <span className="demo-inspector-fields">{describeEvent(event)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});

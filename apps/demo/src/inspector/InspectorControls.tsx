import type { FrameCapture } from './createFrameCapture';
import { downloadText } from './downloadText';
import { formatSseTranscript } from './formatSseTranscript';
import { noEventsFilter } from './frameMatchesFilter';
import { transcriptFileName } from './transcriptFileName';
import { useFrameCapture } from './useFrameCapture';

/** Props of {@link InspectorControls}. */
export interface InspectorControlsProps {
  capture: FrameCapture;
  /** Names the exported file. */
  dialect: string;
  filter: string;
  onFilterChange: (filter: string) => void;
}

const count = (value: number) => value.toLocaleString('en-US');

/** Saves the captured frames as an `.sse` transcript that `pnpm replay` reads. */
function exportTranscript(capture: FrameCapture, dialect: string): void {
  const { frames } = capture.getSnapshot();
  const date = new Date();
  const comment = `Threadline inspector: ${frames.length} ${dialect} frames, exported ${date.toISOString()}. Replay with: pnpm replay <this file>`;
  downloadText(transcriptFileName(dialect, date), formatSseTranscript(frames.map((captured) => captured.frame), comment));
}

/** Pause, Clear, the event-type filter, Export .sse, and what the capture holds. */
export function InspectorControls({ capture, dialect, filter, onFilterChange }: InspectorControlsProps) {
  const frames = useFrameCapture(capture, (snapshot) => snapshot.frames);
  const paused = useFrameCapture(capture, (snapshot) => snapshot.paused);
  const skipped = useFrameCapture(capture, (snapshot) => snapshot.skipped);
  const dropped = useFrameCapture(capture, (snapshot) => snapshot.dropped);
  const limit = useFrameCapture(capture, (snapshot) => snapshot.limit);
  const eventTypes = useFrameCapture(capture, (snapshot) => snapshot.eventTypes);
  const missing = skipped + dropped;

  return (
    <div className="demo-inspector-controls">
      <div className="demo-inspector-buttons">
        <button type="button" className="demo-button" aria-pressed={paused} data-testid="inspector-pause" onClick={() => capture.setPaused(!paused)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="demo-button" data-testid="inspector-clear" onClick={() => capture.clear()}>
          Clear
        </button>
        <label className="demo-inspector-filter">
          <span>Event type</span>
          <select className="demo-select" data-testid="inspector-filter" value={filter} onChange={(event) => onFilterChange(event.target.value)}>
            <option value="">All</option>
            <option value={noEventsFilter}>Frames with no events</option>
            {eventTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="demo-button demo-button-primary"
          data-testid="inspector-export"
          disabled={frames.length === 0}
          onClick={() => exportTranscript(capture, dialect)}
        >
          Export .sse
        </button>
      </div>
      <p className="demo-inspector-status" data-testid="inspector-status">
        <span data-testid="inspector-count">
          {count(frames.length)} frames (keeps the last {count(limit)})
        </span>
        {paused ? <span data-testid="inspector-skipped"> · paused, {count(skipped)} skipped</span> : skipped > 0 ? <span data-testid="inspector-skipped"> · {count(skipped)} skipped while paused</span> : null}
        {dropped > 0 ? <span> · {count(dropped)} oldest dropped</span> : null}
        {missing > 0 && frames.length > 0 ? <span className="demo-inspector-warning"> · the export lacks {count(missing)} frames, so its replay will differ</span> : null}
      </p>
    </div>
  );
}

import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { FrameCapture } from './createFrameCapture';
import { EventList } from './EventList';
import { FrameList } from './FrameList';
import { InspectorControls } from './InspectorControls';
import { StatePanel } from './StatePanel';
import { useFrameCapture } from './useFrameCapture';

/** Props of {@link Inspector}. */
export interface InspectorProps {
  /** The capture of the conversation shown beside it. */
  capture: FrameCapture;
  /** The conversation's dialect, for the export's file name. */
  dialect: string;
  onClose: () => void;
  id?: string;
}

const views = [
  { name: 'frames', label: 'Frames' },
  { name: 'events', label: 'Events' },
  { name: 'state', label: 'State' },
] as const;

type View = (typeof views)[number]['name'];

/**
 * The side panel that shows a conversation's wire: the raw SSE frames as they arrive with the
 * canonical events each produced, the flat event stream, and the thread state; with pause,
 * clear, an event-type filter and an `.sse` export.
 */
export function Inspector({ capture, dialect, onClose, id = 'demo-inspector' }: InspectorProps) {
  const [view, setView] = useState<View>('frames');
  const [filter, setFilter] = useState('');
  const frames = useFrameCapture(capture, (snapshot) => snapshot.frames);
  const tabs = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = views.findIndex((candidate) => candidate.name === view);
    const next = views[(index + step + views.length) % views.length];
    if (!next) return;
    setView(next.name);
    tabs.current?.querySelector<HTMLButtonElement>(`#${id}-tab-${next.name}`)?.focus();
  };

  return (
    <aside id={id} className="demo-inspector" aria-label="Inspector" data-testid="inspector" data-dialect={dialect}>
      <div className="demo-inspector-head">
        <h2 className="demo-inspector-title">Inspector</h2>
        <div ref={tabs} role="tablist" aria-label="Inspector views" className="demo-tabs demo-inspector-tabs" onKeyDown={move}>
          {views.map((candidate) => (
            <button
              key={candidate.name}
              id={`${id}-tab-${candidate.name}`}
              type="button"
              role="tab"
              className="demo-tab"
              aria-selected={candidate.name === view}
              aria-controls={`${id}-panel`}
              tabIndex={candidate.name === view ? 0 : -1}
              data-testid={`inspector-tab-${candidate.name}`}
              onClick={() => setView(candidate.name)}
            >
              {candidate.label}
            </button>
          ))}
        </div>
        <button type="button" className="demo-inspector-close" aria-label="Close inspector" data-testid="inspector-close" onClick={onClose}>
          ×
        </button>
      </div>
      <InspectorControls capture={capture} dialect={dialect} filter={filter} onFilterChange={setFilter} />
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${view}`} className="demo-inspector-panel">
        {view === 'frames' ? <FrameList frames={frames} filter={filter} /> : null}
        {view === 'events' ? <EventList frames={frames} filter={filter} /> : null}
        {view === 'state' ? <StatePanel capture={capture} /> : null}
      </div>
    </aside>
  );
}

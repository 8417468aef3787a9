import type { DialectName } from '@threadline/headless';
import { dialectLabel } from './dialectLabel';
import { replaySpeeds } from './ReplaySpeed';
import type { ReplaySpeed } from './ReplaySpeed';

/** Props of {@link ReplayControls}. */
export interface ReplayControlsProps {
  fileName: string;
  /** The dialect the stream recognised, null until its first frames say. */
  dialect: DialectName | null;
  /** Frames the thread has received. */
  played: number;
  total: number;
  speed: ReplaySpeed;
  onSpeedChange: (speed: ReplaySpeed) => void;
  onRestart: () => void;
}

/** The replay's bar: what plays, in which dialect, how far along, at what speed, and a restart. */
export function ReplayControls({ fileName, dialect, played, total, speed, onSpeedChange, onRestart }: ReplayControlsProps) {
  const finished = played >= total;
  return (
    <section className="replay-controls" aria-label="Replay controls" data-testid="replay-controls" data-state={finished ? 'finished' : 'playing'}>
      <div className="replay-facts">
        <p className="replay-file" title={fileName} data-testid="replay-file-name">
          {fileName}
        </p>
        <p className="replay-meta">
          <span className="replay-dialect" data-testid="replay-dialect" data-dialect={dialect ?? 'detecting'}>
            {dialect ? dialectLabel(dialect) : 'Detecting dialect…'}
          </span>
          <span aria-hidden="true"> · </span>
          <span data-testid="replay-progress" aria-live="off">
            Frame {played} of {total}
            {finished ? ' · finished' : ''}
          </span>
        </p>
        <progress className="replay-progress" aria-label="Replay progress" max={total} value={played} />
      </div>
      <div className="replay-actions">
        <fieldset className="replay-speeds">
          <legend className="replay-visually-hidden">Speed</legend>
          {replaySpeeds.map((option) => (
            <label key={option.speed} className="replay-speed">
              <input
                type="radio"
                name="replay-speed"
                value={option.speed}
                checked={speed === option.speed}
                onChange={() => onSpeedChange(option.speed)}
                data-testid={`replay-speed-${option.speed}`}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="demo-button" onClick={onRestart} data-testid="replay-restart">
          Restart
        </button>
      </div>
    </section>
  );
}

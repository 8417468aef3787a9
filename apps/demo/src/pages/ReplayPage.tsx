import { useState } from 'react';
import { ReplayDropZone } from '../replay/ReplayDropZone';
import { ReplayPlayer } from '../replay/ReplayPlayer';
import { ReplaySampleList } from '../replay/ReplaySampleList';
import { replaySamples } from '../replay/replaySamples';
import type { ReplaySpeed } from '../replay/ReplaySpeed';
import { useReplaySource } from '../replay/useReplaySource';
import type { ReplaySource } from '../replay/useReplaySource';
import '../replay/replay.css';

/**
 * The replay page: a recorded `.sse` response body, dropped, chosen or picked from the samples,
 * plays through the same stream, decoder and store as a live thread, at 1×, 10× or at once.
 */
export function ReplayPage() {
  const { source, openFile, openSample, restart, refuse } = useReplaySource();
  const [speed, setSpeed] = useState<ReplaySpeed>('1x');
  const current = source.state === 'empty' ? null : source.name;

  return (
    <div className="demo-page replay-page">
      <aside className="replay-sources" aria-label="Transcripts">
        <div className="replay-intro">
          <h2>Replay a stream</h2>
          <p className="demo-muted">A recorded response body in any of the four dialects, played as if a server sent it.</p>
        </div>
        <ReplayDropZone onFile={openFile} onNotAFile={() => refuse('Dropped item', 'That was not a file. Drop an .sse file from your computer.')} />
        <h3 className="replay-samples-heading">Samples</h3>
        <ReplaySampleList samples={replaySamples} current={source.state === 'ready' ? current : null} onPick={openSample} />
      </aside>
      <section className="replay-stage" aria-label="Replay" data-state={source.state}>
        <ReplayStage source={source} speed={speed} onSpeedChange={setSpeed} onRestart={restart} />
      </section>
    </div>
  );
}

interface ReplayStageProps {
  source: ReplaySource;
  speed: ReplaySpeed;
  onSpeedChange: (speed: ReplaySpeed) => void;
  onRestart: () => void;
}

function ReplayStage({ source, speed, onSpeedChange, onRestart }: ReplayStageProps) {
  switch (source.state) {
    case 'empty': {
      return (
        <div className="replay-card" data-testid="replay-empty">
          <h2>Nothing playing yet</h2>
          <p>
            Pick a sample or drop a transcript: one recorded SSE response body, the format <code>pnpm replay</code> reads. Its dialect is recognised
            from its first frames.
          </p>
        </div>
      );
    }
    case 'reading': {
      return (
        <p className="replay-card demo-muted" role="status" data-testid="replay-reading">
          <span className="demo-spinner" aria-hidden="true" /> Reading {source.name}…
        </p>
      );
    }
    case 'error': {
      return (
        <div className="replay-card replay-card-error" role="alert" data-testid="replay-error">
          <h2>Cannot replay {source.name}</h2>
          <p>{source.error}</p>
          <p className="demo-muted">Choose another file, or pick a sample.</p>
        </div>
      );
    }
    case 'ready': {
      return (
        <ReplayPlayer
          key={source.replayKey}
          fileName={source.name}
          transcript={source.transcript}
          replayKey={source.replayKey}
          speed={speed}
          onSpeedChange={onSpeedChange}
          onRestart={onRestart}
        />
      );
    }
    default: {
      source satisfies never;
      return null;
    }
  }
}

import { useCallback, useEffect, useState } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import { ThreadView } from '../components/ThreadView';
import { createReplayFeed } from './createReplayFeed';
import type { ReplayTranscript } from './parseSseTranscript';
import { ReplayControls } from './ReplayControls';
import { frameDelayMs } from './ReplaySpeed';
import type { ReplaySpeed } from './ReplaySpeed';

/** Props of {@link ReplayPlayer}. */
export interface ReplayPlayerProps {
  fileName: string;
  transcript: ReplayTranscript;
  /** The thread's store key; mount a new player for a new key. */
  replayKey: string;
  speed: ReplaySpeed;
  onSpeedChange: (speed: ReplaySpeed) => void;
  onRestart: () => void;
}

/**
 * Plays a transcript through the library as a live stream: a `dialect: 'auto'` connection whose
 * injected fetch answers with the transcript's frames at the chosen speed, shown by `ThreadView`.
 */
export function ReplayPlayer({ fileName, transcript, replayKey, speed, onSpeedChange, onRestart }: ReplayPlayerProps) {
  // One feed per player: a new fetch would make the store replace the thread's controller.
  const [feed] = useState(() => createReplayFeed(transcript.frames, frameDelayMs(speed)));
  useEffect(() => feed.setDelayMs(frameDelayMs(speed)), [feed, speed]);
  const [played, setPlayed] = useState(0);
  const countFrame = useCallback(() => setPlayed((count) => count + 1), []);

  const stream = useThreadStream(replayKey, { dialect: 'auto', baseUrl: `replay:${fileName}`, fetch: feed.fetch, onFrame: countFrame });
  const total = transcript.frames.length;

  return (
    <div className="replay-player" data-testid="replay-player">
      <ReplayControls
        fileName={fileName}
        dialect={stream.thread?.dialect ?? null}
        played={Math.min(played, total)}
        total={total}
        speed={speed}
        onSpeedChange={onSpeedChange}
        onRestart={onRestart}
      />
      <ThreadView
        stream={stream}
        threadKey={replayKey}
        interactive={false}
        empty={
          played >= total ? (
            <p className="demo-muted">The transcript ended without a message to show.</p>
          ) : (
            <p className="demo-muted replay-waiting" role="status">
              <span className="demo-spinner" aria-hidden="true" /> {played === 0 ? 'Waiting for the first frames…' : 'Playing…'}
            </p>
          )
        }
        data-dialect={stream.thread?.dialect ?? undefined}
      />
    </div>
  );
}

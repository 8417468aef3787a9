import type { ThreadStatus } from '@threadline/headless';
import { useThreadStream } from '@threadline/headless/react';
import type { GalleryScenario, GalleryThreadProps } from './galleryThread';

/** Props of {@link GalleryStage}. */
export interface GalleryStageProps extends GalleryThreadProps {
  /** Plays the scenario under a new key. */
  onPlay: (scenario: GalleryScenario) => void;
  /** The scenario the current take plays, to try it again. */
  scenario: GalleryScenario;
}

/** Where the gallery thread stands, as the stage shows it. */
export type GalleryStageState = 'idle' | 'loading' | 'complete' | 'stopped' | 'error';

const busyStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'cancelling', 'requires_action']);

/** The stage's state for a thread status (an error on the thread counts even if the run went on). */
export function galleryStageState(status: ThreadStatus, hasError: boolean): GalleryStageState {
  if (busyStatuses.has(status)) return 'loading';
  if (hasError || status === 'failed' || status === 'expired') return 'error';
  if (status === 'complete') return 'complete';
  if (status === 'idle') return 'idle';
  return 'stopped';
}

/**
 * The gallery's controls: play the thread (or play it again), play a run that fails, and the
 * loading and error states of the one thread all three variants read.
 */
export function GalleryStage({ threadKey, connection, onPlay, scenario }: GalleryStageProps) {
  const stream = useThreadStream(threadKey, connection);
  const state = galleryStageState(stream.status, stream.error !== null);
  const loading = state === 'loading';
  // A thread the server created retries after its last user message; anything else plays again.
  const tryAgain = () => {
    if (stream.threadId && stream.error?.retryable) void stream.retry().catch(() => undefined);
    else onPlay(scenario);
  };

  return (
    <section className="gallery-stage" data-state={state} data-testid="gallery-stage" aria-label="Playback">
      <div className="gallery-actions">
        <button
          type="button"
          className="demo-button demo-button-primary gallery-play"
          onClick={() => onPlay('workflow')}
          disabled={loading}
          data-testid="gallery-play"
        >
          {loading ? <span className="demo-spinner gallery-spinner" aria-hidden="true" /> : null}
          {loading ? 'Playing…' : state === 'idle' ? 'Play the thread' : 'Play again'}
        </button>
        <button type="button" className="demo-button" onClick={() => onPlay('error-retry')} disabled={loading} data-testid="gallery-play-failing">
          Play a failing run
        </button>
      </div>
      <p className="gallery-state" data-testid="gallery-state">
        {state === 'idle' ? 'Nothing played yet. The three views below are empty.' : null}
        {state === 'loading' ? `Streaming from the simulator… ${stream.runProgress.at(-1)?.text ?? ''}` : null}
        {state === 'complete' ? `Done: ${stream.items.length} items, streamed once and drawn three ways.` : null}
        {state === 'stopped' ? `The run ended ${stream.status}.` : null}
        {state === 'error' ? 'The run failed.' : null}
      </p>
      {/* Not role="alert": the default variant's Thread.Announcer already says the thread's error. */}
      {state === 'error' ? (
        <div className="gallery-alert" data-testid="gallery-error">
          <p>
            <strong>Could not finish the thread.</strong> {stream.error?.message ?? `The run ended ${stream.status}.`}
          </p>
          <button type="button" className="demo-button" onClick={tryAgain} data-testid="gallery-retry">
            Try again
          </button>
        </div>
      ) : null}
    </section>
  );
}

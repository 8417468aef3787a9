import type { ReplaySample } from './replaySamples';

/** Props of {@link ReplaySampleList}. */
export interface ReplaySampleListProps {
  samples: readonly ReplaySample[];
  /** The name of the transcript playing, to mark its sample. */
  current: string | null;
  onPick: (sample: ReplaySample) => void;
}

/** The built-in transcripts, one button each. */
export function ReplaySampleList({ samples, current, onPick }: ReplaySampleListProps) {
  return (
    <ul className="replay-samples" aria-label="Sample transcripts">
      {samples.map((sample) => (
        <li key={sample.name}>
          <button
            type="button"
            className="replay-sample"
            aria-pressed={sample.name === current}
            data-testid={`replay-sample-${sample.name.replace(/\.sse$/, '')}`}
            onClick={() => onPick(sample)}
          >
            <span className="replay-sample-title">{sample.title}</span>
            <span className="replay-sample-description">{sample.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

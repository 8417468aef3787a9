import type { DialectName } from '../events/DialectName';
import { toSnapshot } from '../thread/toSnapshot';
import { replayTranscript } from './replayTranscript';
import { sliceRandomly } from './sliceRandomly';

/** What {@link checkTranscript} found. */
export interface TranscriptCheck {
  /** The detected dialect, or null when none was recognised. */
  dialect: DialectName | null;
  ok: boolean;
  /** Why the check failed; null when it passed. */
  problem: string | null;
  /** Canonical events the whole transcript decoded to. */
  events: number;
  /** Frames the decoder rejected: warnings (unknown input) and protocol errors (malformed input). */
  rejected: string[];
}

/**
 * Replays a transcript whole and in seeded random slices and checks the conformance rules:
 * the dialect is recognised, every slicing gives the identical snapshot, and no frame is rejected.
 */
export function checkTranscript(bytes: Uint8Array, options: { seeds?: readonly number[] } = {}): TranscriptCheck {
  const seeds = options.seeds ?? [1, 2, 3, 4, 5];
  const rejected: string[] = [];
  let whole;
  try {
    whole = replayTranscript([bytes], { dialect: 'auto', onWarning: (message) => rejected.push(message) });
  } catch (error) {
    return { dialect: null, ok: false, problem: error instanceof Error ? error.message : String(error), events: 0, rejected };
  }
  // Decoders warn about a malformed frame as well as recording the error: count it once.
  for (const event of whole.events) {
    if (event.type === 'run-error' && event.error.kind === 'protocol' && !rejected.includes(event.error.message)) rejected.push(event.error.message);
  }
  const expected = JSON.stringify(toSnapshot(whole.state));
  for (const seed of seeds) {
    const sliced = replayTranscript(sliceRandomly(bytes, seed), { dialect: whole.dialect, onWarning: () => {} });
    if (JSON.stringify(toSnapshot(sliced.state)) !== expected) {
      return { dialect: whole.dialect, ok: false, problem: `the snapshot differs when the bytes arrive in random slices (seed ${seed})`, events: whole.events.length, rejected };
    }
  }
  const problem = rejected.length > 0 ? `${rejected.length} frame(s) rejected: ${rejected[0]}` : null;
  return { dialect: whole.dialect, ok: problem === null, problem, events: whole.events.length, rejected };
}

import type { Scenario } from '../Scenario';
import type { BoostedArtifact } from './BoostedArtifact';
import type { BoostedCitation } from './BoostedCitation';

/**
 * One step of a Boosted scenario:
 * - `wip`: a `message_work_in_progress` log;
 * - `chunk`: a `message_chunk` (the run marks the last one `final_chunk: true`);
 * - `artifact`: registers the artifact under a fresh id and streams its fenced marker, whole or,
 *   with `splitMarker`, across three chunks;
 * - `citations`: adds citations to the final `message`;
 * - `closeStreams`: ends every open stream; the run then finishes silently;
 * - `malformed`: writes this raw text as a frame (no JSON check);
 * - `earlierMessages`: sends each text as a complete message (one `message_chunk` with
 *   `final_chunk: true`) in one burst, with no delay between them, and stores them in the
 *   thread before the answer;
 * - `threadName`: renames the thread (`thread_name`);
 * - `workerError`: the worker fails (`worker_error`); the run ends there, with no final message
 *   and no task status, and the progress endpoint says `Failed`.
 */
export type BoostedStep =
  | { wip: string }
  | { chunk: string }
  | { artifact: BoostedArtifact; splitMarker?: boolean }
  | { citations: readonly BoostedCitation[] }
  | { closeStreams: true }
  | { malformed: string }
  | { earlierMessages: readonly string[] }
  | { threadName: string }
  | { workerError: { message: string; code: string } };

/** A scripted Boosted answer. */
export type BoostedScenario = Scenario<BoostedStep>;

import type { SseStream } from '../openSseStream';
import type { AssistantsRunObject, AssistantsStepObject } from './AssistantsObject';
import type { AssistantsScenario } from './AssistantsStep';
import type { AssistantsThread } from './AssistantsThread';

/** The simulator's state for one run. */
export interface AssistantsRun {
  /** Updated in place; every `thread.run.*` event and `GET .../runs/{run_id}` serialise it. */
  object: AssistantsRunObject;
  thread: AssistantsThread;
  scenario: AssistantsScenario;
  /** Index of the scenario step to play next (a continuation resumes here). */
  nextStep: number;
  /** The `tool_calls` step waiting for `submit_tool_outputs`. */
  pendingStep: AssistantsStepObject | undefined;
  /** Aborted by `POST .../cancel`. */
  controller: AbortController;
  /** The response carrying the current segment, when the client asked for `stream: true`. */
  stream: SseStream | undefined;
  /** File ids by scenario file name, minted on first use. */
  fileIds: Map<string, string>;
  /**
   * Token counts: `context` is the prompt of the next step (it grows by each step's output);
   * `prompt` and `completion` sum the completed steps for the run's usage.
   */
  tokens: { context: number; prompt: number; completion: number };
}

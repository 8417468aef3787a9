import type { AssistantsScenario } from '../AssistantsStep';

/** Fixture `04-run-failed.sse`: the run fails partway through its message. */
export const failedScenario: AssistantsScenario = {
  name: 'failed',
  description: 'A partial message, then message incomplete, step failed and run failed (server_error).',
  instructions: null,
  tools: [],
  steps: [{ text: 'Here is a summary of the attached quarterly report. Revenue grew' }, { fail: 'Sorry, something went wrong.' }],
};

import type { TeammateScenario } from '../TeammateStep';

/** A terminal failure frame: the sandbox never came up; the body ends with no `done`. */
export const sandboxFailureScenario: TeammateScenario = {
  name: 'sandbox-failure',
  description: 'A SANDBOX_UNAVAILABLE terminal failure frame, then the end of the body.',
  steps: [{ failure: { type: 'SANDBOX_UNAVAILABLE', error: 'No sandbox is available right now. Please retry in a minute.' } }],
};

import type { AssistantsScenario } from '../AssistantsStep';

/** A partial message, then the `event: error` channel; the body ends without `done`. */
export const errorScenario: AssistantsScenario = {
  name: 'error',
  description: 'A partial message, then event: error (server_error) and the end of the body, with no done.',
  instructions: null,
  tools: [],
  steps: [
    { text: 'Looking at the churn numbers for the last two quarters, the biggest driver appears to be' },
    { error: 'The server had an error while processing your request. Sorry about that!' },
  ],
};

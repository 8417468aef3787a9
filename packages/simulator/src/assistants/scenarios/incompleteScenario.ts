import type { AssistantsScenario } from '../AssistantsStep';

/** The answer runs out of completion tokens: message incomplete, run incomplete. */
export const incompleteScenario: AssistantsScenario = {
  name: 'incomplete',
  description: 'An answer cut off by max_completion_tokens: message incomplete, then thread.run.incomplete.',
  instructions: null,
  tools: [],
  steps: [
    { text: 'The history of the lighthouse begins in 1823, when the harbour commission voted to replace the old beacon fire with a' },
    { incomplete: 'max_completion_tokens' },
  ],
};

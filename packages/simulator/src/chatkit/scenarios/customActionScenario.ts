import type { ChatKitScenario } from '../ChatKitStep';

/** What `threads.custom_action` on a widget plays (not selectable by name). */
export const customActionScenario: ChatKitScenario = {
  name: 'custom-action',
  description: 'A short message acknowledging a widget action and its payload.',
  steps: [{ message: { text: 'Done: I handled **{action}** with payload `{payload}`.' } }],
};

import type { ChatKitScenario } from '../ChatKitStep';

/** Fixture `04-error.sse`: a guardrail removes the partial answer and ends with a `custom` error. */
export const errorScenario: ChatKitScenario = {
  name: 'error',
  description: 'A partial assistant message, thread.item.removed for it, then a custom error with allow_retry false.',
  steps: [
    { message: { text: "Sure, here is the opening of the chapter. The owl arrived at dawn, and the letter it carried hung", partial: true } },
    { guardrail: 'The assistant response was blocked.' },
  ],
};

import type { TeammateScenario } from '../TeammateStep';

/** Fixture `03-error.sse`: text, a tool call start, an `error` frame with its code, `[DONE]`. */
export const errorScenario: TeammateScenario = {
  name: 'error',
  description: 'Text and a tool-call-start, then an error frame (rate_limited) and data: [DONE].',
  steps: [
    { text: 'Let me pull the list of active subscriptions from Stripe.' },
    { toolStart: 'stripe_list_subscriptions' },
    { error: { error: 'API rate limit exceeded', errorCode: 'rate_limited' } },
  ],
};

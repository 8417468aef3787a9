import type { ChatKitScenario } from '../ChatKitStep';

/** A stream error that allows a retry; `threads.retry_after_item` then plays `plain`. */
export const errorRetryScenario: ChatKitScenario = {
  name: 'error-retry',
  description: 'A partial assistant message, then a stream.error with allow_retry true; a retry streams the plain answer.',
  retryScenario: 'plain',
  steps: [{ message: { text: 'Let me look that up. The short answer is that it depends on', partial: true } }, { streamError: true }],
};

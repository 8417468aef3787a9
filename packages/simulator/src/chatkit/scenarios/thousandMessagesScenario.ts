import { thousandMessagesEarlierCount } from '../../createEarlierMessages';
import type { ChatKitScenario } from '../ChatKitStep';

const answer =
  'This thread now holds **1,000 messages**: the 998 earlier ones the stream just sent, your question and this answer. Scroll up to see how the thread copes with a long history.';

/** A thread with a long history: 998 earlier items, the user's message, then a streamed answer. */
export const thousandMessagesScenario: ChatKitScenario = {
  name: 'thousand-messages',
  description: 'Sends 998 earlier messages as thread.item.done in one burst before your message, then streams an answer: 1,000 messages in the thread.',
  earlierMessages: thousandMessagesEarlierCount,
  steps: [{ message: { text: answer } }],
};

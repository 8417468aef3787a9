import { createEarlierMessages, thousandMessagesEarlierCount } from '../../createEarlierMessages';
import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

const answer =
  'This thread now holds **1,000 messages**: the 998 earlier ones the stream just replayed, your question and this answer. Scroll up to see how the thread copes with a long history.';

/**
 * The stream replays 998 earlier messages, each a finished message of its own, then streams an
 * answer. The Thread API's stream carries no user messages, so the earlier questions arrive as
 * messages too.
 */
export const thousandMessagesScenario: BoostedScenario = {
  name: 'thousand-messages',
  description: 'Replays 998 earlier messages in one burst (one final chunk each), then streams an answer: 1,000 messages with your question.',
  steps: [
    { wip: 'Loading the earlier conversation' },
    { earlierMessages: createEarlierMessages(thousandMessagesEarlierCount).map((message) => message.text) },
    ...splitIntoWordChunks(answer),
  ],
};

import { createLongReport, longReportWordsPerDelta } from '../../createLongReport';
import type { ChatKitScenario } from '../ChatKitStep';

/** A report of more than 20,000 tokens in one assistant message, several words per delta. */
export const longAnswerScenario: ChatKitScenario = {
  name: 'long-answer',
  description: `A markdown report of more than 20,000 tokens (headings, lists, tables) in text deltas of ${longReportWordsPerDelta} words, about 520 frames.`,
  steps: [{ message: { text: createLongReport(), wordsPerDelta: longReportWordsPerDelta } }],
};

import { createLongReport, longReportWordsPerDelta } from '../../createLongReport';
import type { AssistantsScenario } from '../AssistantsStep';

/** A report of more than 20,000 tokens in one message, several words per delta. */
export const longAnswerScenario: AssistantsScenario = {
  name: 'long-answer',
  description: `A markdown report of more than 20,000 tokens (headings, lists, tables) in deltas of ${longReportWordsPerDelta} words, about 520 frames.`,
  tools: [],
  instructions: null,
  steps: [{ text: createLongReport(), wordsPerDelta: longReportWordsPerDelta }],
};

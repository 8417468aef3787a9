import { createLongReport, longReportWordsPerDelta } from '../../createLongReport';
import type { TeammateScenario } from '../TeammateStep';

/** A report of more than 20,000 tokens, several words per `text-delta`. */
export const longAnswerScenario: TeammateScenario = {
  name: 'long-answer',
  description: `A markdown report of more than 20,000 tokens (headings, lists, tables) in text-delta frames of ${longReportWordsPerDelta} words, about 520 frames.`,
  steps: [{ text: createLongReport(), wordsPerDelta: longReportWordsPerDelta }],
};

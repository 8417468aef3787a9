import { createLongReport, longReportWordsPerDelta } from '../../createLongReport';
import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

/** A report of more than 20,000 tokens, streamed in chunks of several words. */
export const longAnswerScenario: BoostedScenario = {
  name: 'long-answer',
  description: `A markdown report of more than 20,000 tokens (headings, lists, tables) in chunks of ${longReportWordsPerDelta} words, about 520 frames.`,
  steps: [
    { wip: 'Collecting sector data' },
    { wip: 'Writing the report' },
    ...splitIntoWordChunks(createLongReport(), longReportWordsPerDelta),
  ],
};

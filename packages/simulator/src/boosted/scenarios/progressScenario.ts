import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

/** A short answer with six work-in-progress logs between its chunks. */
export const progressScenario: BoostedScenario = {
  name: 'progress',
  description: 'A short answer with six work-in-progress logs interleaved between chunks.',
  steps: [
    { wip: 'Planning the analysis' },
    { wip: 'Loading the Magnificent Seven constituents' },
    ...splitIntoWordChunks('Over the last twelve months,'),
    { wip: 'Fetching trailing twelve-month returns' },
    ...splitIntoWordChunks(' **NVIDIA** led the group'),
    { wip: 'Ranking by total return' },
    ...splitIntoWordChunks(' with a total return near 60%,'),
    { wip: 'Checking dividend adjustments' },
    ...splitIntoWordChunks(' while Tesla was the most volatile'),
    { wip: 'Writing the summary' },
    ...splitIntoWordChunks(' and Apple lagged the index.'),
  ],
};

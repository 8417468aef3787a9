import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

/** A plain answer with one invalid-JSON frame in the middle; the run carries on after it. */
export const malformedScenario: BoostedScenario = {
  name: 'malformed',
  description: 'A plain answer with one frame of invalid JSON in the middle.',
  steps: [
    { wip: 'Retrieving the latest dividend data' },
    ...splitIntoWordChunks('Microsoft (MSFT) raised its quarterly dividend by 10%'),
    { malformed: 'data: {"message_chunk": {"message": "broken' },
    ...splitIntoWordChunks(' to $0.91 per share, its twentieth consecutive annual increase.'),
  ],
};

import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

/** The worker fails mid-answer (`worker_error`): the partial answer stays, the run fails. */
export const workerErrorScenario: BoostedScenario = {
  name: 'worker-error',
  description: 'A worker error mid-answer: the run fails with the partial answer kept.',
  steps: [
    { wip: 'Loading quarterly delivery data for TSLA' },
    ...splitIntoWordChunks('Tesla delivered 497,099 vehicles in the third quarter, and'),
    { workerError: { message: 'The worker running this task stopped unexpectedly. Ask again to retry.', code: 'worker_unavailable' } },
  ],
};

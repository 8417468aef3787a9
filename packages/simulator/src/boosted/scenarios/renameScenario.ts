import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

/** The agent names the thread after the question (`thread_name`), then answers. */
export const renameScenario: BoostedScenario = {
  name: 'rename',
  description: 'Renames the thread after the question (a thread_name event), then a short answer.',
  steps: [
    { wip: 'Reading the question' },
    { threadName: 'Microsoft dividend history' },
    { wip: 'Retrieving the dividend record' },
    ...splitIntoWordChunks('Microsoft (MSFT) has raised its dividend every year since 2004; the latest increase was 10%, to $0.91 a share.'),
  ],
};

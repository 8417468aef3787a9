import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

/**
 * The server drops every stream after about ten chunks but finishes the run on its own, so a
 * client must reconcile through the progress and messages endpoints.
 */
export const closedEarlyScenario: BoostedScenario = {
  name: 'closed-early',
  description: 'Ends every open stream after ten chunks; the run completes silently server side.',
  steps: [
    { wip: 'Retrieving delivery data for TSLA' },
    { wip: 'Loading consensus estimates' },
    ...splitIntoWordChunks("Comparing Tesla's delivery numbers with consensus estimates: Q3 deliveries came in at"),
    { closeStreams: true },
    ...splitIntoWordChunks(
      ' 497,099 vehicles, about 54,000 above the consensus of roughly 443,000,' +
        ' as buyers in the United States rushed to claim the federal EV tax credit before it expired.',
    ),
  ],
};

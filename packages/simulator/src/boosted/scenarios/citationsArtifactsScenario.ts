import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';
import { nvidiaCitations } from './nvidiaCitations';
import { nvidiaGrowthChart, nvidiaRevenueTable } from './nvidiaArtifacts';

/**
 * The default scenario, modelled on fixture `02-artifacts-citations.sse`: logs between chunks, a
 * table marker sent whole, a chart marker split across three chunks, and six citations.
 */
export const citationsArtifactsScenario: BoostedScenario = {
  name: 'citations-artifacts',
  description: 'A table and a line chart (the second marker split across chunks) and six citation types.',
  steps: [
    { wip: 'Planning the analysis' },
    { wip: 'Fetching quarterly segment revenue for NVDA' },
    ...splitIntoWordChunks("Here is how NVIDIA's data-center"),
    { wip: 'Building the revenue table' },
    ...splitIntoWordChunks(' revenue has trended over the last six quarters:'),
    { chunk: '\n\n' },
    { artifact: nvidiaRevenueTable },
    { chunk: '\n\nGrowth' },
    ...splitIntoWordChunks(
      ' was driven by **Blackwell** shipments and strong hyperscaler demand, according to recent' +
        ' news coverage and the latest 10-Q. The year-over-year growth rate is computed below:',
    ),
    { chunk: '\n\n' },
    { wip: 'Computing year-over-year growth' },
    { artifact: nvidiaGrowthChart, splitMarker: true },
    { chunk: '\n\nManagement' },
    ...splitIntoWordChunks(' reiterated on the earnings call that supply constraints should ease in the second half.'),
    { citations: nvidiaCitations },
  ],
};

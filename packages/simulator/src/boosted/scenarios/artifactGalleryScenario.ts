import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';
import { appleAnalystNote, appleRevenueChart, appleRevenueMixImage, screenParameters } from './appleArtifacts';

const table = [
  '| Quarter | Revenue (USD bn) | Services share |',
  '| --- | ---: | ---: |',
  '| Q1 FY25 | 124.3 | 21% |',
  '| Q2 FY25 | 95.4 | 28% |',
  '| Q3 FY25 | 94.0 | 29% |',
  '| Q4 FY25 | 102.5 | 28% |',
].join('\n');

const formula = [
  '```python',
  'services = segment_revenue["Services"]',
  'total = sum(segment_revenue.values())',
  'services_share = services / total * 100',
  '```',
].join('\n');

/** One artifact of each shape a client's viewers tell apart, with a GFM table and a code block in the text. */
export const artifactGalleryScenario: BoostedScenario = {
  name: 'artifact-gallery',
  description: 'A bar chart, a markdown note, an image and a JSON artifact, plus a GFM table and a code block in the text.',
  steps: [
    { wip: 'Loading Apple segment revenue for fiscal 2025' },
    ...splitIntoWordChunks("Apple's fiscal 2025, shown through every kind of artifact. Products and services revenue by quarter:\n\n"),
    { artifact: appleRevenueChart },
    { wip: 'Writing the analyst note' },
    ...splitIntoWordChunks('\n\nWhat the mix means for margins:\n\n'),
    { artifact: appleAnalystNote },
    { wip: 'Drawing the revenue mix' },
    ...splitIntoWordChunks('\n\nThe five segments, stacked by quarter:\n\n'),
    { artifact: appleRevenueMixImage },
    ...splitIntoWordChunks(`\n\nTotals and the Services share of revenue:\n\n${table}\n\nThe share is computed as:\n\n${formula}\n\n`),
    { wip: 'Loading the screen parameters' },
    ...splitIntoWordChunks('The screen that put Apple on the list ran with these parameters:\n\n'),
    { artifact: screenParameters },
    ...splitIntoWordChunks('\n\nEighteen companies passed it.'),
  ],
};

import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

const answer = [
  '**Apple (AAPL)** closed fiscal Q4 with revenue of **$102.5 billion**, up 8% year over year.',
  '',
  'Highlights:',
  '',
  '- Services reached a record **$28.8 billion**',
  '- iPhone revenue grew 6%',
  '- Gross margin was 47.2%, at the top of guidance',
  '',
  'Management guided to low- to mid-single-digit growth for the December quarter,',
  'with Services again expected to outpace hardware and margins to stay near current levels.',
].join('\n');

/** A markdown answer streamed word by word, with no citations or artifacts. */
export const plainScenario: BoostedScenario = {
  name: 'plain',
  description: 'Two work-in-progress logs, then a short markdown answer streamed word by word.',
  steps: [
    { wip: 'Identifying the company and reporting period' },
    { wip: 'Retrieving the latest earnings results' },
    ...splitIntoWordChunks(answer),
  ],
};

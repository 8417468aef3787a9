// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { bench, describe } from 'vitest';
import { MarkdownText } from '@threadline/ui';

// A long answer streaming in: the cost of one growth step near the end, where the text is longest.

const section = (index: number) =>
  [
    `## Section ${index}: quarterly results`,
    '',
    `Revenue grew **${index % 90}% year over year**, see [the filing](https://www.sec.gov/) and ~~old guidance~~. Margins held at *41%* while \`total()\` sums the segments.`,
    '',
    '- Data centre revenue rose on new accelerators',
    '- Gaming was flat; automotive grew from a small base',
    '  1. nested detail with `inline code`',
    '',
    '| Quarter | Revenue | Margin |',
    '| --- | ---: | ---: |',
    `| Q3 FY${index} | 51.2 | 73.5% |`,
    `| Q2 FY${index} | 46.7 | 72.7% |`,
    '',
    '```ts',
    `const answer${index} = segments.reduce((sum, segment) => sum + segment.revenue, 0);`,
    '```',
    '',
    '> Guidance for the next quarter assumes steady supply.',
    '',
  ].join('\n');

function longMarkdown(length: number): string {
  let text = '';
  for (let index = 1; text.length < length; index += 1) text += section(index);
  return text.slice(0, length);
}

const text = longMarkdown(97_000);
const totalSteps = 500;
const measuredSteps = 50;
const prefixAt = (step: number) => text.slice(0, Math.round((text.length * step) / totalSteps));

describe(`MarkdownText streaming: last ${measuredSteps} of ${totalSteps} growth steps (~97k chars)`, () => {
  let rerender: ((element: ReactNode) => void) | null = null;
  let step = totalSteps - measuredSteps;
  bench(
    'one growth step',
    () => {
      step += 1;
      rerender?.(<MarkdownText text={prefixAt(step)} streaming />);
    },
    {
      // Exactly the 50 measured steps, each from the previous one, as a stream would grow.
      iterations: measuredSteps,
      time: 0,
      warmupIterations: 0,
      warmupTime: 0,
      setup: () => {
        step = totalSteps - measuredSteps;
        const view = render(<MarkdownText text={prefixAt(step - 2)} streaming />);
        view.rerender(<MarkdownText text={prefixAt(step - 1)} streaming />);
        view.rerender(<MarkdownText text={prefixAt(step)} streaming />);
        rerender = view.rerender;
      },
    },
  );
});

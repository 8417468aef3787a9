/**
 * Words per streamed delta in the `long-answer` scenarios: about 520 frames for the whole
 * report, so it finishes in about 16 s at the demo's 30 ms pace instead of eight minutes.
 */
export const longReportWordsPerDelta = 32;

const sectors = [
  'Semiconductors',
  'Software',
  'Banks',
  'Insurance',
  'Pharmaceuticals',
  'Medical devices',
  'Retail',
  'Consumer staples',
  'Autos',
  'Oil and gas',
  'Utilities',
  'Telecoms',
  'Media',
  'Real estate',
  'Industrials',
  'Metals and mining',
  'Transport and logistics',
];

const themes = ['Demand', 'Margins', 'Balance sheets', 'Outlook'];

const regions = ['North America', 'Europe', 'Japan', 'China', 'India', 'Latin America'];

// Deterministic "data": the report reads the same on every run, so tests can count it.
const figure = (seed: number, spread: number, offset = 0) => (((seed * 7919) % (spread * 10)) / 10 + offset).toFixed(1);

function paragraph(sector: string, theme: string, seed: number): string {
  const subject = sector.toLowerCase();
  return [
    `${theme} in ${subject} moved by ${figure(seed, 9, 1)}% over the last four quarters, against ${figure(seed + 1, 6, 1)}% for the broad index, and the gap widened in the most recent quarter as reported results caught up with the guidance management teams gave a year ago.`,
    `The median company in the group now expects ${figure(seed + 2, 12, 2)}% growth next year, although the spread between the strongest and the weakest names is wider than at any point in the last decade, which makes the sector average a poor guide to any single holding.`,
    `Analysts revised their estimates ${seed % 2 === 0 ? 'upward' : 'downward'} in ${seed % 3 === 0 ? 'nine' : 'seven'} of the last twelve months, and the revisions were concentrated in the largest companies, where pricing power and scale let margins hold up better than volumes alone would suggest.`,
    `For investors the question is less whether ${subject} can keep growing than how much of that growth is already reflected in valuations that sit ${figure(seed + 3, 30, 5)}% above their long-run average on forward earnings.`,
  ].join(' ');
}

function bulletList(sector: string, seed: number): string {
  return regions
    .map((region, index) => `- **${region}**: ${sector.toLowerCase()} revenue grew ${figure(seed + index, 15, -2)}% with operating margins of ${figure(seed + index + 5, 25, 5)}%, ${index % 2 === 0 ? 'ahead of' : 'behind'} the global peer group.`)
    .join('\n');
}

function table(seed: number): string {
  const rows = regions.map(
    (region, index) =>
      `| ${region} | ${figure(seed + index, 40, 10)} | ${figure(seed + index + 1, 15, -2)}% | ${figure(seed + index + 2, 25, 5)}% | ${figure(seed + index + 3, 30, 8)}x |`,
  );
  return ['| Region | Revenue ($bn) | Growth | Operating margin | Forward P/E |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

function section(sector: string, index: number): string {
  const seed = (index + 1) * 31;
  const parts = [`## ${index + 1}. ${sector}`, paragraph(sector, 'Revenue', seed), `### Regional picture`, bulletList(sector, seed), table(seed)];
  themes.forEach((theme, themeIndex) => {
    parts.push(`### ${theme}`, paragraph(sector, theme, seed + themeIndex * 11));
  });
  return parts.join('\n\n');
}

/**
 * A markdown report of more than 20,000 tokens (about 16,700 words and 97,000 characters):
 * an introduction, then seventeen sector sections, each with headings, paragraphs, a bulleted list
 * and a table, then a conclusion. The same text on every call.
 */
export function createLongReport(): string {
  const introduction = [
    '# Global equities: a sector-by-sector review',
    'This report walks through seventeen sectors in turn. Each section covers revenue, the regional picture, demand, margins, balance sheets and the outlook, with a table of the main figures by region. The numbers are illustrative, produced by the Threadline simulator to exercise long streamed answers.',
  ];
  const conclusion = [
    '## Conclusion',
    'Across the seventeen sectors the pattern is consistent: growth is concentrated in the largest companies, margins have held up better than volumes, and valuations already assume much of the improvement that analysts expect. A portfolio built from this review would favour the sectors where estimates are still rising and valuations sit closest to their long-run averages.',
  ];
  return [...introduction, ...sectors.map(section), ...conclusion].join('\n\n');
}

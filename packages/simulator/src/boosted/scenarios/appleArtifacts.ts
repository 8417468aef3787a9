import type { BoostedChartArtifact, BoostedImageArtifact, BoostedJsonArtifact, BoostedMarkdownArtifact } from '../BoostedArtifact';
import { createPngDataUrl } from '../createPngDataUrl';
import type { PngColor } from '../createPngDataUrl';

/** Apple's fiscal 2025 revenue by segment, in USD billions, bottom segment first. */
const quarters = [
  { quarter: 'Q1 FY25', iphone: 69.14, mac: 8.99, ipad: 8.09, wearables: 11.75, services: 26.34 },
  { quarter: 'Q2 FY25', iphone: 46.84, mac: 7.95, ipad: 6.4, wearables: 7.52, services: 26.65 },
  { quarter: 'Q3 FY25', iphone: 44.58, mac: 8.05, ipad: 6.58, wearables: 7.4, services: 27.42 },
  { quarter: 'Q4 FY25', iphone: 49.03, mac: 8.73, ipad: 6.95, wearables: 9.01, services: 28.75 },
];

const segments = [
  { key: 'iphone', color: [37, 99, 235] },
  { key: 'mac', color: [8, 145, 178] },
  { key: 'ipad', color: [22, 163, 74] },
  { key: 'wearables', color: [202, 138, 4] },
  { key: 'services', color: [234, 88, 12] },
] as const satisfies readonly { key: string; color: PngColor }[];

/** Apple products and services revenue by quarter, as a bar chart of two series. */
export const appleRevenueChart: BoostedChartArtifact = {
  type: 'chart',
  title: 'Apple products and services revenue, fiscal 2025',
  chart: 'bar',
  x: { key: 'quarter', label: 'Fiscal quarter' },
  series: [
    { key: 'products_usd_bn', label: 'Products (USD bn)' },
    { key: 'services_usd_bn', label: 'Services (USD bn)' },
  ],
  data: quarters.map(({ quarter, iphone, mac, ipad, wearables, services }) => ({
    quarter,
    products_usd_bn: Math.round((iphone + mac + ipad + wearables) * 100) / 100,
    services_usd_bn: services,
  })),
};

/** A markdown note with a heading, a list and bold text. */
export const appleAnalystNote: BoostedMarkdownArtifact = {
  type: 'markdown',
  title: 'Analyst note',
  content: [
    '## Analyst note: Services carries the margin',
    '',
    'Services grew in every quarter of fiscal 2025, from **$26.3 billion** to a record **$28.8 billion**.',
    '',
    '- **Mix:** Services rose from 21% of revenue in the holiday quarter to 28% in Q4.',
    '- **Margin:** Services gross margin runs near 75%, against about 36% for products.',
    '- **Risk:** payments from search partners are a large, concentrated part of Services.',
    '',
    'Mix, not unit volume, drives the gross-margin story into fiscal 2026.',
  ].join('\n'),
};

const width = 320;
const height = 160;
// One pixel per USD billion above the baseline, so the tallest quarter (124) nearly fills the picture.
const baseline = 140;
const gridEvery = 25;
const plotLeft = 20;
const slotWidth = 70;
const barWidth = 40;
const background: PngColor = [248, 250, 252];
const grid: PngColor = [226, 232, 240];
const axis: PngColor = [100, 116, 139];

function paintRevenueMix(x: number, y: number): PngColor {
  if (y === baseline) return axis;
  if (y > baseline) return background;
  const slot = Math.floor((x - plotLeft) / slotWidth);
  const offset = x - plotLeft - slot * slotWidth;
  const quarter = offset >= (slotWidth - barWidth) / 2 && offset < (slotWidth + barWidth) / 2 ? quarters[slot] : undefined;
  const value = baseline - y;
  if (quarter) {
    let top = 0;
    for (const segment of segments) {
      top += quarter[segment.key];
      if (value < top) return segment.color;
    }
  }
  return value % gridEvery === 0 ? grid : background;
}

/** Apple revenue mix by segment as a stacked bar picture, a 320×160 PNG in a data URL. */
export const appleRevenueMixImage: BoostedImageArtifact = {
  type: 'image',
  title: 'Apple revenue mix by segment, fiscal 2025',
  url: createPngDataUrl(width, height, paintRevenueMix),
  alt:
    'Stacked bars for the four quarters of fiscal 2025, from the bottom: iPhone (blue), Mac (teal), iPad (green),' +
    ' Wearables (gold) and Services (orange). The holiday quarter is the tallest; Services grows every quarter.',
};

/** The parameters of a stock screen: a nested object with arrays, numbers, booleans and null. */
export const screenParameters: BoostedJsonArtifact = {
  type: 'json',
  title: 'Screen parameters',
  data: {
    screen: 'Quality compounders',
    universe: 'S&P 500',
    as_of: '2025-09-27',
    filters: {
      net_cash: true,
      min_revenue_growth_pct: 5,
      min_gross_margin_pct: 40,
      max_net_debt_to_ebitda: null,
      exclude_sectors: ['Financials', 'Real Estate'],
    },
    ranking: [
      { metric: 'free_cash_flow_yield', weight: 0.6 },
      { metric: 'return_on_invested_capital', weight: 0.4 },
    ],
    rebalance: { frequency: 'quarterly', max_positions: 25, equal_weight: false },
    matches: 18,
  },
};

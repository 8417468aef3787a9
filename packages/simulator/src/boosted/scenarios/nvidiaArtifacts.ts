import type { BoostedChartArtifact, BoostedTableArtifact } from '../BoostedArtifact';

const quarters = [
  { quarter: 'Q2 FY25', revenue_usd_bn: 26.3, yoy_pct: 154 },
  { quarter: 'Q3 FY25', revenue_usd_bn: 30.8, yoy_pct: 112 },
  { quarter: 'Q4 FY25', revenue_usd_bn: 35.6, yoy_pct: 93 },
  { quarter: 'Q1 FY26', revenue_usd_bn: 39.1, yoy_pct: 73 },
  { quarter: 'Q2 FY26', revenue_usd_bn: 41.1, yoy_pct: 56 },
  { quarter: 'Q3 FY26', revenue_usd_bn: 51.2, yoy_pct: 66 },
];

/** NVIDIA quarterly data-center revenue, as a table. */
export const nvidiaRevenueTable: BoostedTableArtifact = {
  type: 'table',
  title: 'NVIDIA data-center revenue by quarter',
  columns: [
    { key: 'quarter', label: 'Quarter' },
    { key: 'revenue_usd_bn', label: 'Revenue (USD bn)' },
    { key: 'yoy_pct', label: 'YoY growth (%)' },
  ],
  rows: quarters,
};

/** NVIDIA data-center revenue growth, as a line chart. */
export const nvidiaGrowthChart: BoostedChartArtifact = {
  type: 'chart',
  title: 'NVIDIA data-center revenue growth, year over year',
  chart: 'line',
  x: { key: 'quarter', label: 'Fiscal quarter' },
  series: [{ key: 'yoy_pct', label: 'YoY growth (%)' }],
  data: quarters.map(({ quarter, yoy_pct }) => ({ quarter, yoy_pct })),
};

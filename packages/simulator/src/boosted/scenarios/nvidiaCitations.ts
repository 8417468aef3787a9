import type { BoostedCitation } from '../BoostedCitation';

const webSnippet = 'Data center revenue was a record $51.2 billion, up 25% from Q2 and up 66% from a year ago.';
const filingSnippet = 'Data Center revenue increased 66% from a year ago, driven by demand for our Blackwell architecture.';

/** One citation of each of the six Boosted citation types, for the NVIDIA answer. */
export const nvidiaCitations: readonly BoostedCitation[] = [
  {
    citation_type: 'web',
    citation_id: 'cit-web-1',
    title: 'NVIDIA Announces Financial Results for Third Quarter Fiscal 2026',
    url: 'https://nvidianews.nvidia.com/news/nvidia-announces-financial-results-for-third-quarter-fiscal-2026',
    domain: 'nvidianews.nvidia.com',
    snippet: webSnippet,
    snippet_highlight_start: webSnippet.indexOf('a record'),
    snippet_highlight_end: webSnippet.indexOf(' billion') + ' billion'.length,
    published_at: '2025-11-19T21:20:00Z',
  },
  {
    citation_type: 'news_development',
    citation_id: 'cit-dev-1',
    title: 'Hyperscalers raise AI capital spending plans for 2026',
    article_count: 14,
    last_updated: '2025-11-21T08:00:00Z',
  },
  {
    citation_type: 'news_article',
    citation_id: 'cit-news-1',
    title: 'Nvidia forecasts fourth-quarter revenue above estimates on Blackwell demand',
    url: 'https://www.reuters.com/technology/nvidia-forecasts-fourth-quarter-revenue-above-estimates-2025-11-19/',
    publisher: 'Reuters',
    published_at: '2025-11-19T21:45:00Z',
    article_id: 'reuters-2025-11-19-nvda-q3',
  },
  {
    citation_type: 'text',
    citation_id: 'cit-doc-1',
    title: 'NVIDIA Corporation Form 10-Q for the quarter ended October 26, 2025',
    document_type: '10-Q',
    company_name: 'NVIDIA Corporation',
    ticker: 'NVDA',
    filing_date: '2025-11-19',
    snippet: filingSnippet,
    snippet_highlight_start: 0,
    snippet_highlight_end: filingSnippet.indexOf(' from a year ago'),
    url: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=10-Q',
  },
  {
    citation_type: 'fiscal_quarter_earnings',
    citation_id: 'cit-earn-1',
    title: 'NVIDIA Q3 FY2025 earnings call transcript',
    ticker: 'NVDA',
    company_name: 'NVIDIA Corporation',
    fiscal_quarter: 3,
    fiscal_year: 2025,
  },
  {
    citation_type: 'variable',
    citation_id: 'cit-var-1',
    variable_name: 'Data-center revenue growth (YoY)',
    formula: '(data_center_revenue[q] / data_center_revenue[q-4] - 1) * 100',
    data_provider: 'S&P Global Market Intelligence',
    time_range_start: '2024-07-28',
    time_range_end: '2025-10-26',
    periodicity: 'quarterly',
  },
];

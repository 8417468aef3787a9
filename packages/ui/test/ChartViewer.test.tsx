// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ChartViewer, parseArtifact } from '@threadline/ui';
import type { ChartArtifact } from '@threadline/ui';

afterEach(cleanup);

const bars = parseArtifact({
  type: 'chart',
  title: 'Revenue by segment',
  chart: 'bar',
  x: { key: 'quarter', label: 'Quarter' },
  series: [
    { key: 'data_center', label: 'Data center' },
    { key: 'gaming', label: 'Gaming' },
  ],
  data: [
    { quarter: 'Q1', data_center: 39.1, gaming: 3.8 },
    { quarter: 'Q2', data_center: 41.1, gaming: 4.3 },
    { quarter: 'Q3', data_center: null, gaming: 4.2 },
  ],
}) as ChartArtifact;

describe('ChartViewer', () => {
  test('draws one bar per numeric value, grouped by series, with a legend', () => {
    const { container } = render(<ChartViewer artifact={bars} locale="en-US" />);
    const svg = screen.getByRole('img');
    expect(svg.querySelectorAll('.tl-chart-series-1 rect')).toHaveLength(2);
    expect(svg.querySelectorAll('.tl-chart-series-2 rect')).toHaveLength(3);
    expect([...svg.querySelectorAll('.tl-chart-legend text')].map((label) => label.textContent)).toEqual(['Data center', 'Gaming']);
    expect(container.querySelector('figure')?.getAttribute('data-chart')).toBe('bar');
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Bar chart of Data center, Gaming by Quarter. Data center: Q1 39.1; Q2 41.1; Q3 —. Gaming: Q1 3.8; Q2 4.3; Q3 4.2.',
    );
  });

  test('gives every bar a title with its series, category and value', () => {
    render(<ChartViewer artifact={bars} locale="en-US" />);
    const titles = [...screen.getByRole('img').querySelectorAll('rect > title')].map((title) => title.textContent);
    expect(titles).toContain('Gaming, Q2: 4.3');
    expect(titles).toContain('Data center, Q1: 39.1');
  });
});

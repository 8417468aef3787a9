// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

const growth = parseArtifact({
  type: 'chart',
  title: 'Growth, year over year',
  chart: 'line',
  x: { key: 'year', label: 'Year' },
  series: [
    { key: 'revenue', label: 'Revenue (%)' },
    { key: 'margin', label: 'Margin (%)' },
  ],
  data: [
    { year: 2022, revenue: 12, margin: 40 },
    { year: 2023, revenue: 1250.5, margin: 42 },
    { year: 2024, revenue: -3, margin: 45 },
  ],
}) as ChartArtifact;

function tickLabels(container: Element, axis: 'xAxis' | 'yAxis'): string[] {
  return [...container.querySelectorAll(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`)].map((tick) => tick.textContent ?? '');
}

describe('ChartViewer', () => {
  // First in the file: the lazy chart module loads once per file, so only this render waits for it.
  test('shows a quiet loading line while recharts loads, then the chart as one named image', async () => {
    render(<ChartViewer artifact={bars} locale="en-US" />);
    expect(document.querySelector('.tl-chart-loading')?.textContent).toBe('Loading chart…');

    const chart = await screen.findByRole('img', { name: /^Bar chart of Data center, Gaming by Quarter/ }, { timeout: 10_000 });
    expect(document.querySelector('.tl-chart-loading')).toBeNull();
    expect(chart.querySelector('svg.recharts-surface')).not.toBeNull();
  });

  test('draws one bar per numeric value, grouped by series, in the --tl-chart colours, with a legend', async () => {
    const { container } = render(<ChartViewer artifact={bars} locale="en-US" />);
    const chart = await screen.findByRole('img', { name: /^Bar chart/ }, { timeout: 10_000 });

    const seriesGroups = [...chart.querySelectorAll('.recharts-bar')];
    expect(seriesGroups.map((group) => group.querySelectorAll('.recharts-bar-rectangle').length)).toEqual([2, 3]);
    // Bars grow in over an animation before their shapes are drawn.
    await waitFor(
      () =>
        expect(seriesGroups.map((group) => group.querySelector('.recharts-bar-rectangle path')?.getAttribute('fill'))).toEqual([
          'var(--tl-chart-1)',
          'var(--tl-chart-2)',
        ]),
      { timeout: 5_000 },
    );
    expect([...chart.querySelectorAll('.recharts-legend-item-text')].map((label) => label.textContent)).toEqual(['Data center', 'Gaming']);
    await waitFor(() => expect(tickLabels(chart, 'xAxis')).toEqual(['Q1', 'Q2', 'Q3']));
    expect(container.querySelector('figure')?.getAttribute('data-chart')).toBe('bar');
    expect(container.querySelector('figcaption')?.textContent).toBe('Revenue by segment');
  });

  test('names the chart with a summary of its extent and each series’ lowest and highest value', async () => {
    render(<ChartViewer artifact={bars} locale="en-US" />);
    const chart = await screen.findByRole('img', { name: /^Bar chart/ }, { timeout: 10_000 });
    expect(chart.getAttribute('aria-label')).toBe(
      'Bar chart of Data center, Gaming by Quarter, 3 points, Q1 to Q3. Data center: lowest 39.1 (Q1), highest 41.1 (Q2). Gaming: lowest 3.8 (Q1), highest 4.3 (Q2).',
    );
  });

  test('draws one line per series for a line chart, with numeric years as written and values in the locale', async () => {
    const { container } = render(<ChartViewer artifact={growth} locale="en-US" />);
    const chart = await screen.findByRole('img', { name: /^Line chart of Revenue \(%\), Margin \(%\) by Year/ }, { timeout: 10_000 });
    await waitFor(() => expect(tickLabels(chart, 'xAxis')).toEqual(['2022', '2023', '2024']));

    expect(chart.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect([...chart.querySelectorAll('.recharts-line path.recharts-line-curve')].map((path) => path.getAttribute('stroke'))).toEqual([
      'var(--tl-chart-1)',
      'var(--tl-chart-2)',
    ]);
    expect(tickLabels(chart, 'yAxis')).toEqual(['-450', '0', '450', '900', '1,350']);
    expect(container.querySelector('figure')?.getAttribute('data-chart')).toBe('line');
  });

  test('keeps every value readable as a table behind a "Show data" button', async () => {
    render(<ChartViewer artifact={bars} locale="en-US" />);
    await screen.findByRole('img', { name: /^Bar chart/ }, { timeout: 10_000 });
    const toggle = screen.getByRole('button', { name: 'Show data' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide data');
    const table = screen.getByRole('table', { name: 'Revenue by segment (data)' });
    expect(toggle.getAttribute('aria-controls')).toBe(table.id);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Quarter', 'Data center', 'Gaming']);
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Q1', '39.1', '3.8'],
      ['Q2', '41.1', '4.3'],
      ['Q3', '—', '4.2'],
    ]);

    fireEvent.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('sizes the chart to a 640px default width when the container cannot be measured', async () => {
    render(<ChartViewer artifact={growth} locale="en-US" />);
    const chart = await screen.findByRole('img', { name: /^Line chart/ }, { timeout: 10_000 });
    const wrapper = chart.querySelector('.recharts-wrapper');
    expect(wrapper?.getAttribute('width')).toBe('640');
    expect(wrapper?.getAttribute('height')).toBe('288');
  });
});

describe('the chart module', () => {
  const source = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

  /** Every module the main entry reaches through runtime (not `import type`, not `import()`) imports. */
  function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const pending = [entry];
    const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
    while (pending.length > 0) {
      const file = pending.pop() ?? '';
      if (files.has(file)) continue;
      files.add(file);
      for (const [, , typeOnly, specifier = ''] of readFileSync(file, 'utf8').matchAll(statement)) {
        if (typeOnly) continue;
        if (!specifier.startsWith('.')) {
          packages.add(specifier);
          continue;
        }
        const base = resolve(dirname(file), specifier);
        const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
        const found = candidates.find((candidate) => {
          try {
            return readFileSync(candidate) && !candidate.endsWith('.css');
          } catch {
            return false;
          }
        });
        if (found) pending.push(found);
      }
    }
    return { files, packages };
  }

  test('keeps recharts out of the main entry, reachable only through the lazy import', () => {
    const { files, packages } = staticImports(resolve(source, 'index.ts'));
    expect(files.has(resolve(source, 'artifact/ChartViewer.tsx'))).toBe(true);
    expect(files.has(resolve(source, 'artifact/RechartsChart.tsx'))).toBe(false);
    expect([...packages].filter((name) => name.startsWith('recharts'))).toEqual([]);
    expect(readFileSync(resolve(source, 'artifact/ChartViewer.tsx'), 'utf8')).toContain("import('./RechartsChart')");
  });
});

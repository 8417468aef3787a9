// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ChartViewer, parseArtifact } from '@threadline/ui';
import type { ChartArtifact } from '@threadline/ui';

// Stands for a chart chunk that cannot be downloaded (offline, or replaced by a deploy).
vi.mock('../src/artifact/RechartsChart', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

const growth = parseArtifact({
  type: 'chart',
  title: 'Growth',
  x: { key: 'quarter', label: 'Quarter' },
  series: [{ key: 'growth', label: 'Growth (%)' }],
  data: [
    { quarter: 'Q1', growth: 12 },
    { quarter: 'Q2', growth: 15 },
  ],
}) as ChartArtifact;

describe('ChartViewer when the chart module fails to load', () => {
  test('says so in place of the chart and still shows the data table', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ChartViewer artifact={growth} locale="en-US" />);

    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert.textContent).toBe('The chart could not be loaded; “Show data” lists its values.');
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show data' }));
    expect(screen.getByRole('table', { name: 'Growth (data)' })).toBeTruthy();
    consoleError.mockRestore();
  });
});

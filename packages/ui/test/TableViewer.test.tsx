// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { parseArtifact, TableViewer } from '@threadline/ui';
import type { TableArtifact } from '@threadline/ui';

afterEach(cleanup);

const revenue = parseArtifact({
  type: 'table',
  title: 'NVIDIA data-center revenue by quarter',
  columns: [
    { key: 'quarter', label: 'Quarter' },
    { key: 'revenue_usd_bn', label: 'Revenue (USD bn)' },
    { key: 'yoy_pct', label: 'YoY growth (%)' },
  ],
  rows: [
    { quarter: 'Q2 FY25', revenue_usd_bn: 26.3, yoy_pct: 154 },
    { quarter: 'Q3 FY25', revenue_usd_bn: 30.8, yoy_pct: 112 },
    { quarter: 'Q4 FY25', revenue_usd_bn: 35.6, yoy_pct: 93 },
    { quarter: 'Q1 FY26', revenue_usd_bn: 39.1, yoy_pct: 73 },
    { quarter: 'Q10 FY26', revenue_usd_bn: null, yoy_pct: 56 },
  ],
}) as TableArtifact;

function columnText(index: number): string[] {
  return screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');
}

describe('TableViewer', () => {
  test('renders a real table with a caption and column headers', () => {
    render(<TableViewer artifact={revenue} locale="en-US" />);
    const table = screen.getByRole('table', { name: 'NVIDIA data-center revenue by quarter' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Quarter', 'Revenue (USD bn)', 'YoY growth (%)']);
    expect(columnText(1)).toEqual(['26.3', '30.8', '35.6', '39.1', '—']);
  });

  test('sorts by a column when its header is pressed, ascending then descending, shown with aria-sort', () => {
    render(<TableViewer artifact={revenue} locale="en-US" />);
    const header = screen.getByRole('columnheader', { name: /YoY growth/ });
    expect(header.getAttribute('aria-sort')).toBeNull();

    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(columnText(2)).toEqual(['56', '73', '93', '112', '154']);

    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(columnText(2)).toEqual(['154', '112', '93', '73', '56']);

    const quarter = screen.getByRole('columnheader', { name: /Quarter/ });
    fireEvent.click(within(quarter).getByRole('button'));
    expect(quarter.getAttribute('aria-sort')).toBe('ascending');
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(columnText(0)).toEqual(['Q1 FY26', 'Q2 FY25', 'Q3 FY25', 'Q4 FY25', 'Q10 FY26']);
  });

  test('keeps empty cells last in both directions of a numeric sort', () => {
    render(<TableViewer artifact={revenue} locale="en-US" />);
    const header = screen.getByRole('columnheader', { name: /Revenue/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(columnText(1)).toEqual(['26.3', '30.8', '35.6', '39.1', '—']);
    fireEvent.click(within(header).getByRole('button'));
    expect(columnText(1)).toEqual(['39.1', '35.6', '30.8', '26.3', '—']);
  });

  test('sorts a numeric column by value and a text column naturally, ignoring case', () => {
    const mixed = parseArtifact({
      type: 'table',
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'count', label: 'Count' },
      ],
      rows: [
        { name: 'beta', count: 100 },
        { name: 'Alpha', count: 9 },
        { name: 'item 10', count: 10 },
        { name: 'item 9', count: -1 },
      ],
    }) as TableArtifact;
    render(<TableViewer artifact={mixed} locale="en-US" />);

    fireEvent.click(within(screen.getByRole('columnheader', { name: /Count/ })).getByRole('button'));
    expect(columnText(1)).toEqual(['-1', '9', '10', '100']);
    expect(screen.getByRole('columnheader', { name: /Count/ }).hasAttribute('data-numeric')).toBe(true);

    fireEvent.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'));
    expect(columnText(0)).toEqual(['Alpha', 'beta', 'item 9', 'item 10']);
    expect(screen.getByRole('columnheader', { name: /Name/ }).hasAttribute('data-numeric')).toBe(false);
  });

  test('puts numbers before text in a mixed column, and reverses both when descending', () => {
    const mixed = parseArtifact({
      type: 'table',
      columns: [{ key: 'value', label: 'Value' }],
      rows: [{ value: 'n/a' }, { value: 12 }, { value: 'estimate' }, { value: 3 }, { value: null }],
    }) as TableArtifact;
    render(<TableViewer artifact={mixed} locale="en-US" />);
    const button = within(screen.getByRole('columnheader', { name: /Value/ })).getByRole('button');

    fireEvent.click(button);
    expect(columnText(0)).toEqual(['3', '12', 'estimate', 'n/a', '—']);
    fireEvent.click(button);
    expect(columnText(0)).toEqual(['n/a', 'estimate', '12', '3', '—']);
  });

  test('marks only the sorted header with aria-sort and its button with data-state', () => {
    render(<TableViewer artifact={revenue} locale="en-US" defaultSort={{ key: 'revenue_usd_bn', direction: 'descending' }} />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('aria-sort'))).toEqual([null, 'descending', null]);
    expect(headers.map((header) => within(header).getByRole('button').getAttribute('data-state'))).toEqual(['none', 'descending', 'none']);
    expect(columnText(1)).toEqual(['39.1', '35.6', '30.8', '26.3', '—']);
  });

  test('keeps rows with equal values in their original order', () => {
    const ties = parseArtifact({
      type: 'table',
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'group', label: 'Group' },
      ],
      rows: [
        { name: 'first', group: 'b' },
        { name: 'second', group: 'a' },
        { name: 'third', group: 'b' },
        { name: 'fourth', group: 'a' },
      ],
    }) as TableArtifact;
    render(<TableViewer artifact={ties} />);
    const button = within(screen.getByRole('columnheader', { name: /Group/ })).getByRole('button');
    fireEvent.click(button);
    expect(columnText(0)).toEqual(['second', 'fourth', 'first', 'third']);
    fireEvent.click(button);
    expect(columnText(0)).toEqual(['first', 'third', 'second', 'fourth']);
  });
});

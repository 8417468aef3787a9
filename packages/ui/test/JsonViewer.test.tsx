// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { JsonViewer } from '@threadline/ui';

afterEach(cleanup);

const report = {
  name: 'Q3 report',
  revenue: 51.2,
  audited: false,
  restated: null,
  segments: { data_center: { revenue: 51.2, growth: [154, 112, 93] }, gaming: 4.3 },
  tags: [],
};

describe('JsonViewer', () => {
  test('shows scalars with their key and their type as data-type', () => {
    render(<JsonViewer value={report} />);
    const typeOf = (text: string) => screen.getByText(text).getAttribute('data-type');
    expect(typeOf('"Q3 report"')).toBe('string');
    expect(screen.getAllByText('51.2')[0]?.getAttribute('data-type')).toBe('number');
    expect(typeOf('false')).toBe('boolean');
    expect(typeOf('null')).toBe('null');
    expect(typeOf('[]')).toBe('array');
    expect(screen.getByText('"Q3 report"').parentElement?.textContent).toBe('name: "Q3 report"');
  });

  test('opens the first two levels and keeps deeper objects and arrays closed', () => {
    render(<JsonViewer value={report} />);
    expect(screen.getByRole('button', { name: '{6 keys}' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'segments: {2 keys}' }).getAttribute('aria-expanded')).toBe('true');
    const dataCenter = screen.getByRole('button', { name: 'data_center: {2 keys}' });
    expect(dataCenter.getAttribute('aria-expanded')).toBe('false');
    expect(dataCenter.getAttribute('aria-controls')).toBeNull();
    expect(screen.queryByRole('button', { name: /growth/ })).toBeNull();
  });

  test('opens and closes a node from its button, which controls the list of its entries', () => {
    render(<JsonViewer value={report} />);
    const dataCenter = screen.getByRole('button', { name: 'data_center: {2 keys}' });
    // A native button, so Enter and Space work and it is in the tab order.
    expect(dataCenter.tagName).toBe('BUTTON');
    fireEvent.click(dataCenter);
    expect(dataCenter.getAttribute('aria-expanded')).toBe('true');
    expect(dataCenter.closest('[data-state]')?.getAttribute('data-state')).toBe('open');
    const entries = document.getElementById(dataCenter.getAttribute('aria-controls') ?? '');
    expect(entries?.tagName).toBe('UL');
    expect(within(entries as HTMLElement).getByRole('button', { name: 'growth: [3 items]' })).toBeTruthy();

    fireEvent.click(dataCenter);
    expect(dataCenter.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /growth/ })).toBeNull();
  });

  test('shows a long array a page at a time behind "Show more"', () => {
    const values = Array.from({ length: 250 }, (_, index) => index * 2);
    render(<JsonViewer value={{ values }} pageSize={100} />);
    const list = document.getElementById(screen.getByRole('button', { name: 'values: [250 items]' }).getAttribute('aria-controls') ?? '') as HTMLElement;
    const shownItems = () => list.querySelectorAll(':scope > li > .tl-json-entry').length;
    expect(shownItems()).toBe(100);

    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more (150 hidden)' }));
    expect(shownItems()).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (50 hidden)' }));
    expect(shownItems()).toBe(250);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
    expect(list.lastElementChild?.textContent).toBe('249: 498');
  });

  test('takes the depth that starts open', () => {
    render(<JsonViewer value={report} defaultExpandDepth={0} />);
    expect(screen.getByRole('button', { name: '{6 keys}' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('"Q3 report"')).toBeNull();
  });

  test('shows a scalar value on its own', () => {
    const { container } = render(<JsonViewer value="just text" />);
    expect(container.firstElementChild?.getAttribute('data-type')).toBe('string');
    expect(screen.getByText('"just text"').getAttribute('data-type')).toBe('string');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

// @vitest-environment jsdom
import { createRef } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadState, reduceThreadEvents } from '@threadline/headless';
import type { Notice } from '@threadline/headless';
import { NoticeList } from '@threadline/ui';

afterEach(cleanup);

describe('NoticeList', () => {
  test('lists notices with their level, title and markdown message', () => {
    const state = reduceThreadEvents(createThreadState(), [
      { type: 'notice-add', notice: { level: 'info', title: 'Heads up', message: 'General information. [Learn more](https://example.com/disclaimer)' } },
      { type: 'notice-add', notice: { level: 'danger', title: null, message: 'Links like [this](javascript:alert(1)) are removed.' } },
    ]);
    const ref = createRef<HTMLUListElement>();
    render(<NoticeList ref={ref} notices={state.notices} className="mine" />);
    const list = screen.getByRole('list', { name: 'Notices' });
    expect(list).toBe(ref.current);
    expect(list.className).toBe('tl-notice-list mine');
    expect(list.getAttribute('aria-live')).toBe('polite');
    const entries = screen.getAllByRole('listitem');
    expect(entries.map((entry) => entry.getAttribute('data-level'))).toEqual(['info', 'danger']);
    expect(entries[0]?.querySelector('.tl-notice-title')?.textContent).toBe('Heads up');
    expect(screen.getByRole('link', { name: 'Learn more' }).getAttribute('href')).toBe('https://example.com/disclaimer');
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull();
  });

  test('renders nothing without notices and takes a notice renderer', () => {
    const { container, rerender } = render(<NoticeList notices={[]} />);
    expect(container.innerHTML).toBe('');
    const notices: Notice[] = [{ level: 'warning', title: null, message: 'Slow' }];
    rerender(<NoticeList notices={notices} notice={({ notice }) => <strong>{notice.level}</strong>} />);
    expect(screen.getByText('warning').tagName).toBe('STRONG');
  });

  test('is not a live region with announce={false}, for a Thread.Announcer that reads the notices', () => {
    const notices: Notice[] = [{ level: 'info', title: null, message: 'Quotes are delayed' }];
    const { container } = render(<NoticeList notices={notices} announce={false} />);
    expect(container.querySelector('[aria-live]')).toBeNull();
    expect(screen.getByRole('list', { name: 'Notices' }).textContent).toBe('Quotes are delayed');
  });
});

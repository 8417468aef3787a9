// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownText } from '@threadline/ui';

afterEach(cleanup);

describe('MarkdownText', () => {
  test('renders a GFM table with header cells and a fenced code block', () => {
    const text = ['| Quarter | Revenue |', '| --- | ---: |', '| Q3 FY26 | 51.2 |', '', '```ts', 'const answer = 42;', '```'].join('\n');
    const { container } = render(<MarkdownText text={text} />);

    const headers = [...container.querySelectorAll('table thead th')].map((cell) => cell.textContent);
    expect(headers).toEqual(['Quarter', 'Revenue']);
    expect(container.querySelector('table tbody td')?.textContent).toBe('Q3 FY26');
    const code = container.querySelector('pre > code');
    expect(code?.textContent).toBe('const answer = 42;\n');
    expect(code?.className).toContain('language-ts');
  });

  test('renders strikethrough and autolinks from GFM', () => {
    const { container } = render(<MarkdownText text={'~~old~~ see https://example.com/page'} />);
    expect(container.querySelector('del')?.textContent).toBe('old');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.com/page');
  });

  test('drops javascript: and data: link targets but keeps the link text', () => {
    const text = '[click me](javascript:alert(1)) and [payload](data:text/html;base64,PHNjcmlwdD4=) and [tab](java\tscript:alert(1))';
    const { container } = render(<MarkdownText text={text} />);

    expect(container.textContent).toContain('click me');
    expect(container.textContent).toContain('payload');
    for (const element of container.querySelectorAll('[href]')) {
      expect(element.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/i);
    }
    expect(container.querySelectorAll('a[href]')).toHaveLength(0);
  });

  test('opens safe links in a new tab with rel="noreferrer noopener"', () => {
    const { container } = render(<MarkdownText text={'[filing](https://www.sec.gov/) or [mail](mailto:ir@example.com)'} />);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://www.sec.gov/', 'mailto:ir@example.com']);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noreferrer noopener');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  test('shows raw HTML as text and never creates its elements', () => {
    const text = 'Hello <script>window.hacked = true</script> <img src=x onerror="alert(1)"> <b>bold</b>\n\n<div onclick="alert(1)">block</div>';
    const { container } = render(<MarkdownText text={text} />);

    expect(container.querySelector('script, img, b, div[onclick], [onerror]')).toBeNull();
    expect(container.textContent).toContain('<script>');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  test('does not load markdown images: they become links to their safe URL', () => {
    const { container } = render(<MarkdownText text={'![chart](https://tracker.example/pixel.png?secret=1) ![bad](javascript:alert(1))'} />);
    expect(container.querySelector('img')).toBeNull();
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://tracker.example/pixel.png?secret=1']);
    expect(container.textContent).toContain('[bad]');
  });

  test('shows a caret at the end of the last block only while streaming', () => {
    const { container, rerender } = render(<MarkdownText text={'First paragraph.\n\nSecond one'} streaming />);

    const root = container.firstElementChild;
    expect(root?.getAttribute('data-state')).toBe('streaming');
    const carets = container.querySelectorAll('.tl-caret');
    expect(carets).toHaveLength(1);
    expect(carets[0]?.getAttribute('aria-hidden')).toBe('true');
    expect(carets[0]?.parentElement?.textContent).toBe('Second one');

    rerender(<MarkdownText text={'First paragraph.\n\nSecond one, done.'} />);
    expect(root?.getAttribute('data-state')).toBe('complete');
    expect(container.querySelector('.tl-caret')).toBeNull();
  });

  test('shows the caret alone before any text has streamed', () => {
    const { container } = render(<MarkdownText text="" streaming />);
    expect(container.querySelectorAll('.tl-caret')).toHaveLength(1);
  });
});

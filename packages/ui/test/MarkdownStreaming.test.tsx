// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { HTMLAttributes } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { MarkdownText } from '@threadline/ui';

afterEach(cleanup);

const document = [
  '# Quarterly results',
  '',
  'Revenue grew **66% year over year**, see [the filing](https://www.sec.gov/) and ~~old guidance~~.',
  '',
  '| Quarter | Revenue |',
  '| --- | ---: |',
  '| Q3 FY26 | 51.2 |',
  '| Q2 FY26 | 46.7 |',
  '',
  '```ts',
  'const answer = 42;',
  '```',
  '',
  'Call `total()` to sum.',
].join('\n');

const forms = ['h1', 'strong', 'a[href]', 'del', 'table', 'th', 'tbody tr', 'pre', 'p > code'];

function textOutsideCode(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement;
  for (const code of copy.querySelectorAll('pre, code')) code.remove();
  return copy.textContent ?? '';
}

describe('MarkdownText while streaming', () => {
  test('renders every prefix of a document in its final form, never flipping between forms', () => {
    const { container, rerender } = render(<MarkdownText text="" streaming />);
    const seen = new Map<string, number>();

    for (let length = 1; length <= document.length; length += 1) {
      const prefix = document.slice(0, length);
      rerender(<MarkdownText text={prefix} streaming />);
      const context = `after ${JSON.stringify(prefix.slice(-30))}`;

      for (const selector of forms) {
        const count = container.querySelectorAll(selector).length;
        expect(count, `${selector} count ${context}`).toBeGreaterThanOrEqual(seen.get(selector) ?? 0);
        seen.set(selector, count);
      }
      const paragraphs = [...container.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '');
      expect(paragraphs.filter((text) => text.trimStart().startsWith('|')), context).toEqual([]);
      expect(textOutsideCode(container), context).not.toMatch(/\*\*|~~|`|\||#|\]\(|\[/);
      expect(container.querySelectorAll('.tl-caret'), context).toHaveLength(1);
    }

    rerender(<MarkdownText text={document} />);
    for (const selector of forms) expect(container.querySelectorAll(selector).length, selector).toBe(seen.get(selector));
    expect(container.querySelector('pre code')?.textContent).toBe('const answer = 42;\n');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://www.sec.gov/');
  });

  test('keeps an unclosed code fence a code block while its lines stream', () => {
    const fence = '```py\nfor quarter in quarters:\n    print(quarter["revenue"] ** 2)\n```';
    const { container, rerender } = render(<MarkdownText text="" streaming />);
    for (let length = 3; length <= fence.length; length += 1) {
      rerender(<MarkdownText text={fence.slice(0, length)} streaming />);
      expect(container.querySelectorAll('pre'), fence.slice(0, length)).toHaveLength(1);
      expect(container.querySelector('strong')).toBeNull();
      expect(container.querySelector('pre')?.textContent ?? '').not.toMatch(/`/);
    }
  });

  test('never makes a live link of a half-streamed javascript: URL', () => {
    const text = 'Click [here](javascript:alert(document.cookie)) or [there](data:text/html,hi) now.';
    const { container, rerender } = render(<MarkdownText text="" streaming />);
    for (let length = 1; length <= text.length; length += 1) {
      rerender(<MarkdownText text={text.slice(0, length)} streaming />);
      expect(container.querySelectorAll('a[href]'), text.slice(0, length)).toHaveLength(0);
      expect(container.innerHTML).not.toMatch(/javascript:|data:|streamdown:/);
    }
    rerender(<MarkdownText text={text} />);
    expect(container.querySelectorAll('a[href]')).toHaveLength(0);
    expect(container.textContent).toContain('here');
  });

  test('renders settled blocks once while the last block streams two hundred deltas', () => {
    const renders = new Map<string, number>();
    function Paragraph({ children }: HTMLAttributes<HTMLParagraphElement>) {
      const first = String([children].flat()[0] ?? '').split(' ')[0] ?? '';
      renders.set(first, (renders.get(first) ?? 0) + 1);
      return <p>{children}</p>;
    }
    const components = { p: Paragraph };
    let text = 'First paragraph, settled.\n\nSecond paragraph, settled too.\n\nThird';
    const { container, rerender } = render(<MarkdownText text={text} components={components} streaming />);
    for (let delta = 0; delta < 200; delta += 1) {
      text += ` word${delta}`;
      rerender(<MarkdownText text={text} components={components} streaming />);
    }
    rerender(<MarkdownText text={text} components={components} />);

    expect(renders.get('First')).toBe(1);
    expect(renders.get('Second')).toBe(1);
    expect(renders.get('Third')).toBeGreaterThan(200);
    expect(container.querySelectorAll('p')).toHaveLength(3);
    expect(container.querySelector('p:last-child')?.textContent).toMatch(/word199$/);
  });
});

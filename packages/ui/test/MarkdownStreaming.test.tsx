// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { HTMLAttributes } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import type { Citation, MessageItem } from '@threadline/headless';
import { citationPlaceholder, MarkdownText, Message } from '@threadline/ui';
import type { CitationMarkerProps } from '@threadline/ui';

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


// Paragraphs that count their renders, keyed by their first word.
function countParagraphRenders() {
  const renders = new Map<string, number>();
  function Paragraph({ children }: HTMLAttributes<HTMLParagraphElement>) {
    const first = String([children].flat()[0] ?? '').split(' ')[0] ?? '';
    renders.set(first, (renders.get(first) ?? 0) + 1);
    return <p>{children}</p>;
  }
  return { renders, components: { p: Paragraph } };
}

describe('MarkdownText while streaming', () => {
  test.each([
    ['a thematic break', 'Intro\n\n---\n', 'hr'],
    ['a line break', 'one  \ntwo', 'br'],
    ['an empty task item', '- [ ] ', 'input'],
  ])('puts the caret after %s, never inside a void element', (_, text, tagName) => {
    const { container } = render(<MarkdownText text={text} streaming />);
    expect(container.querySelectorAll('.tl-caret')).toHaveLength(1);
    expect(container.querySelector(`${tagName} .tl-caret`)).toBeNull();
  });

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
    const { renders, components } = countParagraphRenders();
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

describe('a long message while streaming', () => {
  // ~3k characters, ~40 blocks: more than one group of blocks and one stretch of injected markers.
  function citedAnswer(): { text: string; citations: Citation[] } {
    let text = '';
    const citations: Citation[] = [];
    for (let index = 0; text.length < 3_000; index += 1) {
      const marker = `【4:${index}†report.txt】`;
      const paragraph = `Point ${index}: revenue grew **${index}%**${marker}, see [the filing](https://www.sec.gov/).\n\n`;
      const start = text.length + paragraph.indexOf(marker);
      citations.push({ ...citation, id: `c${index}`, start, end: start + marker.length });
      text += index % 4 === 3 ? `- item ${index}\n- another\n\n| a | b |\n| - | - |\n| ${index} | x |\n\n` : paragraph;
    }
    return { text, citations };
  }
  const citation: Citation = { type: 'file', start: null, end: null, id: null, title: 'report.txt', url: null, snippet: null, highlights: [], source: null, date: null, details: {} };

  function messageAt(answer: { text: string; citations: Citation[] }, length: number, status: MessageItem['status'] = 'in_progress'): MessageItem {
    const citations = answer.citations.filter((cited) => (cited.end ?? 0) <= length);
    return { kind: 'message', id: 'm', role: 'assistant', status, parts: [{ type: 'text', text: answer.text.slice(0, length) }], citations };
  }

  function view(message: MessageItem) {
    return (
      <Message.Root message={message}>
        <Message.Content />
      </Message.Root>
    );
  }

  // Ids from useId differ between two trees; everything else must match.
  const withoutIds = (html: string) => html.replace(/ (id|aria-controls|aria-describedby|aria-labelledby)="[^"]*"/g, '');

  test('renders each frame from the previous one exactly as it renders that frame from scratch', () => {
    const answer = citedAnswer();
    const streamed = render(view(messageAt(answer, 0)));
    // Frames of a prime length, so they end at every kind of place in the text.
    for (let length = 89; length < answer.text.length + 89; length += 89) {
      const message = messageAt(answer, Math.min(length, answer.text.length));
      streamed.rerender(view(message));
      const scratch = render(view(message));
      expect(withoutIds(streamed.container.innerHTML), `at ${length}`).toBe(withoutIds(scratch.container.innerHTML));
      scratch.unmount();
    }
    const complete = messageAt(answer, answer.text.length, 'complete');
    streamed.rerender(view(complete));
    const scratch = render(view(complete));
    expect(withoutIds(streamed.container.innerHTML)).toBe(withoutIds(scratch.container.innerHTML));
  });

  test('renders settled blocks once while citations arrive for the last one', () => {
    const { renders, components } = countParagraphRenders();
    const settled = 'First paragraph, settled.\n\nSecond paragraph, settled too.\n\n';
    const citations: Citation[] = [];
    const { container, rerender } = render(<MarkdownText text={`${settled}Third`} components={components} citations={citations} streaming />);
    let text = `${settled}Third`;
    for (let index = 0; index < 20; index += 1) {
      citations.push({ ...citation, id: `c${index}` });
      text += ` claim ${index}${citationPlaceholder(index)}`;
      rerender(<MarkdownText text={text} components={components} citations={[...citations]} streaming />);
    }

    expect(renders.get('First')).toBe(1);
    expect(renders.get('Second')).toBe(1);
    expect(container.querySelectorAll('.tl-citation-marker')).toHaveLength(20);
  });

  test('updates a settled marker whose citation is replaced', () => {
    function Marker({ citation, number }: CitationMarkerProps) {
      return <sup className="marker">{`${number}:${citation.title ?? ''}`}</sup>;
    }
    const text = `Settled claim${citationPlaceholder(0)}.\n\nStreaming claim${citationPlaceholder(1)}`;
    const before = [{ ...citation, title: 'draft' }, { ...citation, title: 'second' }];
    const { container, rerender } = render(<MarkdownText text={text} citations={before} citationMarker={Marker} streaming />);
    expect([...container.querySelectorAll('.marker')].map((marker) => marker.textContent)).toEqual(['1:draft', '2:second']);
    rerender(<MarkdownText text={text} citations={[{ ...citation, title: 'final' }, before[1]!]} citationMarker={Marker} streaming />);
    expect([...container.querySelectorAll('.marker')].map((marker) => marker.textContent)).toEqual(['1:final', '2:second']);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadlineClient, toBoostedCitation } from '@threadline/headless';
import type { MessageItem, ThreadEvent } from '@threadline/headless';
import { boostedSampleCitations } from '@threadline/simulator';
import { Citation, citationLabel, Message, splitHighlights } from '@threadline/ui';

afterEach(cleanup);

const webSnippet = 'Data center revenue was a record $51.2 billion, up 25% from Q2 and up 66% from a year ago.';

// The six Boosted citation types exactly as the simulator sends them.
const boostedCitations = [...boostedSampleCitations];

function answerWithCitations(citations: unknown[]): MessageItem {
  const client = createThreadlineClient();
  const events: ThreadEvent[] = [
    { type: 'run-start' },
    { type: 'message-start', messageId: 'answer', role: 'assistant' },
    { type: 'text-delta', messageId: 'answer', delta: 'Data-center revenue reached $51.2 billion.' },
    ...citations.map((raw): ThreadEvent => ({ type: 'citation-add', messageId: 'answer', citation: toBoostedCitation(raw) })),
    { type: 'message-end', messageId: 'answer', status: 'complete' },
    { type: 'run-end', status: 'complete' },
  ];
  client.threadStore.dispatch('thread', events);
  const item = client.threadStore.getThread('thread')?.items.answer;
  if (item?.kind !== 'message') throw new Error('the answer was not recorded');
  return item;
}

function renderSources(message: MessageItem) {
  return render(
    <Message.Root message={message}>
      <Message.Content />
      <Message.Citations />
    </Message.Root>,
  );
}

function chip(type: string): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(`button.tl-citation-chip[data-type="${type}"]`);
  if (!found) throw new Error(`no ${type} chip`);
  return found;
}

describe('Message.Citations and Citation parts', () => {
  test('renders one chip per citation with its per-type label', () => {
    renderSources(answerWithCitations(boostedCitations));

    const list = screen.getByRole('list', { name: 'Sources' });
    const chips = within(list).getAllByRole('button');
    expect(chips.map((button) => button.getAttribute('data-type'))).toEqual([
      'web',
      'news_development',
      'news_article',
      'document',
      'fiscal_quarter_earnings',
      'variable',
    ]);
    const labels = chips.map((button) =>
      [...button.querySelectorAll('span')].map((span) => span.textContent).join(' | '),
    );
    expect(labels[0]).toBe('nvidianews.nvidia.com | NVIDIA Announces Financial Results for Third Quarter Fiscal 2026');
    expect(labels[1]).toBe('Hyperscalers raise AI capital spending plans for 2026 | 14 articles');
    expect(labels[2]).toMatch(/^Reuters \| .*2025$/);
    expect(labels[3]).toBe('10-Q | NVIDIA Corporation');
    expect(labels[4]).toBe('NVDA | Q3 FY2025');
    expect(labels[5]).toBe('Data-center revenue growth (YoY) | S&P Global Market Intelligence');
  });

  test('formats the news article date in the given locale, without shifting the day', () => {
    const [citation] = answerWithCitations([boostedCitations[2]]).citations;
    if (!citation) throw new Error('missing citation');
    expect(citationLabel(citation, { locale: 'en-US' })).toEqual({ primary: 'Reuters', secondary: 'Nov 19, 2025' });
  });

  test('labels file and url citations by their title', () => {
    const message = answerWithCitations([
      { citation_type: 'file', title: 'Q3 model.xlsx' },
      { citation_type: 'url', title: 'Investor relations', url: 'https://investor.nvidia.com/' },
    ]);
    renderSources(message);
    expect(chip('file').textContent).toBe('Q3 model.xlsx');
    expect(chip('url').textContent).toBe('Investor relations');
  });

  test('opens details with the snippet highlights as <mark> and closes them with Escape, back on the chip', () => {
    renderSources(answerWithCitations(boostedCitations));
    const web = chip('web');
    expect(web.getAttribute('aria-expanded')).toBe('false');
    const details = document.getElementById(web.getAttribute('aria-controls') ?? '');
    expect(details?.hidden).toBe(true);

    fireEvent.click(web);
    expect(web.getAttribute('aria-expanded')).toBe('true');
    expect(details?.hidden).toBe(false);
    expect(details?.querySelector('mark')?.textContent).toBe('a record $51.2 billion');
    expect(details?.querySelector('blockquote')?.textContent).toBe(webSnippet);
    const link = details?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://nvidianews.nvidia.com/news/nvidia-announces-financial-results-for-third-quarter-fiscal-2026');
    expect(link?.getAttribute('rel')).toBe('noreferrer noopener');

    link?.focus();
    fireEvent.keyDown(link as HTMLElement, { key: 'Escape' });
    expect(details?.hidden).toBe(true);
    expect(web.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(web);
  });

  test('shows the variable formula, time range, periodicity and provider', () => {
    renderSources(answerWithCitations(boostedCitations));
    fireEvent.click(chip('variable'));
    const details = document.getElementById(chip('variable').getAttribute('aria-controls') ?? '') as HTMLElement;

    const field = (name: string) => details.querySelector(`[data-field="${name}"] dd`)?.textContent;
    expect(details.querySelector('[data-field="formula"] code')?.textContent).toBe('(data_center_revenue[q] / data_center_revenue[q-4] - 1) * 100');
    expect(field('timeRange')).toMatch(/2024 – .*2025/);
    expect(field('periodicity')).toBe('Quarterly');
    expect(field('source')).toBe('S&P Global Market Intelligence');
    expect(details.querySelector('a')).toBeNull();
  });

  test('shows the fiscal period and ticker of an earnings citation, and the filing of a document', () => {
    renderSources(answerWithCitations(boostedCitations));
    fireEvent.click(chip('fiscal_quarter_earnings'));
    fireEvent.click(chip('document'));
    const detailsOf = (type: string) => document.getElementById(chip(type).getAttribute('aria-controls') ?? '') as HTMLElement;

    expect(detailsOf('fiscal_quarter_earnings').querySelector('[data-field="fiscalPeriod"] dd')?.textContent).toBe('Q3 FY2025');
    expect(detailsOf('fiscal_quarter_earnings').querySelector('[data-field="ticker"] dd')?.textContent).toBe('NVDA');
    expect(detailsOf('document').querySelector('[data-field="documentType"] dd')?.textContent).toBe('10-Q');
  });

  test('closes details when the chip is pressed again, and on a press outside', () => {
    renderSources(answerWithCitations(boostedCitations));
    const web = chip('web');
    fireEvent.click(web);
    fireEvent.click(web);
    expect(web.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(web);
    fireEvent.pointerDown(document.body);
    expect(web.getAttribute('aria-expanded')).toBe('false');
  });

  test('never renders a hostile citation URL as an href', () => {
    const message = answerWithCitations([
      { citation_type: 'web', title: 'Evil', url: 'javascript:alert(document.cookie)', domain: 'evil.example' },
      { citation_type: 'news_article', title: 'Data', url: 'data:text/html,<script>alert(1)</script>', publisher: 'X' },
    ]);
    const { container } = renderSources(message);
    for (const button of container.querySelectorAll('button.tl-citation-chip')) fireEvent.click(button);

    expect(container.querySelectorAll('.tl-citation-details:not([hidden])')).toHaveLength(2);
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.innerHTML).not.toContain('javascript:');
  });

  test('lets a user onClick run first and opt out with preventDefault', () => {
    const [citation] = answerWithCitations([boostedCitations[0]]).citations;
    if (!citation) throw new Error('missing citation');
    render(
      <Citation.Root citation={citation}>
        <Citation.Chip onClick={(event) => event.preventDefault()} />
        <Citation.Details />
      </Citation.Root>,
    );
    fireEvent.click(chip('web'));
    expect(chip('web').getAttribute('aria-expanded')).toBe('false');
  });
});

describe('splitHighlights', () => {
  test('clamps, sorts and merges overlapping ranges', () => {
    expect(splitHighlights('abcdefgh', [{ start: 5, end: 20 }, { start: 1, end: 3 }, { start: 2, end: 4 }])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bc', highlighted: true },
      { text: 'd', highlighted: true },
      { text: 'e', highlighted: false },
      { text: 'fgh', highlighted: true },
    ]);
  });
});

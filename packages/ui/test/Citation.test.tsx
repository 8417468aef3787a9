// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadlineClient, selectItem, toBoostedCitation, toChatKitCitation } from '@threadline/headless';
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
  const item = selectItem(client.threadStore.getThread('thread')!, 'answer');
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
    expect(chips.map((button) => button.querySelector('.tl-citation-chip-number')?.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
    const labels = chips.map((button) =>
      [...button.querySelectorAll('.tl-citation-chip-primary, .tl-citation-chip-secondary')].map((span) => span.textContent).join(' | '),
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

  test('labels a file citation by its title and a url citation by its title and site', () => {
    const message = answerWithCitations([
      { citation_type: 'file', title: 'Q3 model.xlsx' },
      { citation_type: 'url', title: 'Investor relations', url: 'https://investor.nvidia.com/' },
    ]);
    renderSources(message);
    expect(chip('file').querySelector('.tl-citation-chip-primary')?.textContent).toBe('Q3 model.xlsx');
    expect(chip('file').querySelector('.tl-citation-chip-secondary')).toBeNull();
    expect(chip('url').querySelector('.tl-citation-chip-primary')?.textContent).toBe('Investor relations');
    expect(chip('url').querySelector('.tl-citation-chip-secondary')?.textContent).toBe('investor.nvidia.com');
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

function openDetails(type: string): HTMLElement {
  fireEvent.click(chip(type));
  const details = document.getElementById(chip(type).getAttribute('aria-controls') ?? '');
  if (!details || details.hidden) throw new Error(`the ${type} details did not open`);
  return details;
}

function fieldsOf(details: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...details.querySelectorAll('[data-field]')].map((field) => [field.getAttribute('data-field'), field.querySelector('dd')?.textContent ?? '']),
  );
}

describe('what each citation type shows a reader', () => {
  test('web: site, title, publication date and the snippet with its highlight', () => {
    renderSources(answerWithCitations(boostedCitations));
    const details = openDetails('web');
    expect(details.querySelector('.tl-citation-details-title')?.textContent).toBe('NVIDIA Announces Financial Results for Third Quarter Fiscal 2026');
    expect(details.querySelector('blockquote mark')?.textContent).toBe('a record $51.2 billion');
    expect(fieldsOf(details)).toMatchObject({ source: 'nvidianews.nvidia.com', date: expect.stringMatching(/2025/) });
    expect(details.querySelector('[data-field="date"] dt')?.textContent).toBe('Published');
  });

  test('news_development: headline and article count', () => {
    renderSources(answerWithCitations(boostedCitations));
    const details = openDetails('news_development');
    expect(details.querySelector('.tl-citation-details-title')?.textContent).toBe('Hyperscalers raise AI capital spending plans for 2026');
    expect(fieldsOf(details)).toMatchObject({ articleCount: '14' });
    expect(details.querySelector('[data-field="date"] dt')?.textContent).toBe('Updated');
  });

  test('news_article: publisher and date, headline, and no article id', () => {
    renderSources(answerWithCitations(boostedCitations));
    const details = openDetails('news_article');
    expect(fieldsOf(details)).toEqual({ source: 'Reuters', date: expect.stringMatching(/2025/) });
    expect(details.querySelector('[data-field="source"] dt')?.textContent).toBe('Publisher');
    expect(details.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/www\.reuters\.com\//);
  });

  test('document: filing type, company, filing date and the highlighted snippet', () => {
    renderSources(answerWithCitations(boostedCitations));
    const details = openDetails('document');
    expect(fieldsOf(details)).toMatchObject({ documentType: '10-Q', source: 'NVIDIA Corporation', ticker: 'NVDA' });
    expect(details.querySelector('[data-field="date"] dt')?.textContent).toBe('Filed');
    expect(details.querySelector('blockquote mark')?.textContent).toBe('Data Center revenue increased 66%');
  });

  test('fiscal_quarter_earnings: ticker, quarter and year, company', () => {
    renderSources(answerWithCitations(boostedCitations));
    expect(chip('fiscal_quarter_earnings').querySelector('.tl-citation-chip-primary')?.textContent).toBe('NVDA');
    const details = openDetails('fiscal_quarter_earnings');
    expect(fieldsOf(details)).toMatchObject({ ticker: 'NVDA', fiscalPeriod: 'Q3 FY2025', source: 'NVIDIA Corporation' });
  });

  test('an Assistants file citation: the file name from its marker and the quote, without wire bookkeeping', () => {
    const client = createThreadlineClient();
    client.threadStore.dispatch('thread', [
      { type: 'run-start' },
      { type: 'message-start', messageId: 'answer', role: 'assistant' },
      { type: 'text-delta', messageId: 'answer', delta: 'Refunds take 14 days.' },
      {
        type: 'citation-add',
        messageId: 'answer',
        citation: {
          type: 'file',
          start: null,
          end: null,
          id: 'file-policy',
          title: 'policy.txt',
          url: null,
          snippet: 'Refunds are processed within 14 days.',
          highlights: [],
          source: null,
          date: null,
          details: { annotation: 'file_citation', fileId: 'file-policy' },
        },
      },
    ]);
    const item = selectItem(client.threadStore.getThread('thread')!, 'answer');
    if (item?.kind !== 'message') throw new Error('no message');
    renderSources(item);
    expect(chip('file').querySelector('.tl-citation-chip-primary')?.textContent).toBe('policy.txt');
    const details = openDetails('file');
    expect(details.querySelector('blockquote')?.textContent).toBe('Refunds are processed within 14 days.');
    expect(details.querySelector('[data-field]')).toBeNull();
  });

  test('a ChatKit file source: its file name; a ChatKit url source: title, attribution and link', () => {
    const client = createThreadlineClient();
    client.threadStore.dispatch('thread', [
      { type: 'run-start' },
      { type: 'message-start', messageId: 'answer', role: 'assistant' },
      { type: 'text-delta', messageId: 'answer', delta: 'Rates rose.' },
      { type: 'citation-add', messageId: 'answer', citation: toChatKitCitation({ type: 'annotation', source: { type: 'file', filename: 'rates.csv', title: '' } }) },
      {
        type: 'citation-add',
        messageId: 'answer',
        citation: toChatKitCitation({ type: 'annotation', source: { type: 'url', title: 'Euro reference rates', url: 'https://www.ecb.europa.eu/', attribution: 'European Central Bank' } }),
      },
    ]);
    const item = selectItem(client.threadStore.getThread('thread')!, 'answer');
    if (item?.kind !== 'message') throw new Error('no message');
    renderSources(item);
    expect(chip('file').querySelector('.tl-citation-chip-primary')?.textContent).toBe('rates.csv');
    expect(fieldsOf(openDetails('file'))).toEqual({ filename: 'rates.csv' });
    expect([...chip('url').querySelectorAll('span')].map((span) => span.textContent)).toEqual(['2', 'Euro reference rates', 'European Central Bank']);
    expect(openDetails('url').querySelector('a')?.getAttribute('href')).toBe('https://www.ecb.europa.eu/');
  });
});

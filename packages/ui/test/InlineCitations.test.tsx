// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createAssistantsDecoder, createThreadState, reduceThreadEvents, selectItem, toBoostedCitation, toChatKitCitation } from '@threadline/headless';
import type { Citation, MessageItem, ThreadEvent } from '@threadline/headless';
import { Message } from '@threadline/ui';
import type { CitationMarkerProps } from '@threadline/ui';

afterEach(cleanup);

function messageFrom(events: ThreadEvent[], id: string): MessageItem {
  const state = reduceThreadEvents(createThreadState({ id: 'thread' }), events);
  const item = selectItem(state, id);
  if (item?.kind !== 'message') throw new Error(`no message ${id}`);
  return item;
}

function assistantsMessage(frames: Array<[string, unknown]>): MessageItem {
  const decoder = createAssistantsDecoder();
  const events = frames.flatMap(([event, data]) => decoder.decode({ event, data: JSON.stringify(data) }));
  return messageFrom(events, 'msg_1');
}

const messageCreated = { id: 'msg_1', object: 'thread.message', role: 'assistant', status: 'in_progress', content: [] };
const textDelta = (value: string, annotations: unknown[] = []) => ({
  id: 'msg_1',
  object: 'thread.message.delta',
  delta: { content: [{ index: 0, type: 'text', text: { value, annotations } }] },
});

function renderMessage(message: MessageItem, props: { citationMarker?: (props: CitationMarkerProps) => React.ReactNode } = {}) {
  return render(
    <Message.Root message={message}>
      <Message.Content citationMarker={props.citationMarker} />
      <Message.Citations />
    </Message.Root>,
  );
}

// The message text as a reader sees it, each inline marker written as [n].
function readable(container: HTMLElement): string {
  const content = container.querySelector('.tl-message-content')?.cloneNode(true) as HTMLElement;
  for (const marker of content.querySelectorAll('.tl-citation-marker')) marker.replaceWith(`[${marker.getAttribute('data-number')}]`);
  return (content.textContent ?? '').trim();
}

function inlineChips(container: HTMLElement): HTMLButtonElement[] {
  return [...container.querySelectorAll<HTMLButtonElement>('.tl-message-content .tl-citation-marker button.tl-citation-chip')];
}

function sourceNumbers(): string[] {
  return within(screen.getByRole('list', { name: 'Sources' }))
    .getAllByRole('button')
    .map((chip) => chip.querySelector('.tl-citation-chip-number')?.textContent ?? '');
}

const policyMarker = '【4:0†policy.txt】';
const policySentence = `Refunds are issued within 14 days${policyMarker}.`;
const policyAnnotation = {
  index: 0,
  type: 'file_citation',
  text: policyMarker,
  start_index: policySentence.indexOf(policyMarker),
  end_index: policySentence.indexOf(policyMarker) + policyMarker.length,
  file_citation: { file_id: 'file-policy', quote: 'Refunds are processed within 14 days of approval.' },
};

describe('inline citation markers from Assistants annotations', () => {
  test('replace the source marker the annotation covers with a numbered chip', () => {
    const message = assistantsMessage([
      ['thread.message.created', messageCreated],
      ['thread.message.delta', textDelta(policySentence, [policyAnnotation])],
      ['thread.message.completed', { ...messageCreated, status: 'completed', content: [{ type: 'text', text: { value: policySentence, annotations: [policyAnnotation] } }] }],
    ]);
    const { container } = renderMessage(message);

    expect(readable(container)).toBe('Refunds are issued within 14 days[1].');
    expect(container.textContent).not.toContain('【');
    const [chip] = inlineChips(container);
    expect(chip?.getAttribute('aria-label')).toBe('Source 1: policy.txt');
    expect(chip?.textContent).toBe('1');
    expect(sourceNumbers()).toEqual(['1']);
  });

  test('open their details from the keyboard-reachable chip and close them with Escape', () => {
    const message = assistantsMessage([
      ['thread.message.created', messageCreated],
      ['thread.message.delta', textDelta(policySentence, [policyAnnotation])],
    ]);
    const { container } = renderMessage(message);
    const [chip] = inlineChips(container);
    if (!chip) throw new Error('no inline chip');
    chip.focus();
    expect(document.activeElement).toBe(chip);

    fireEvent.click(chip);
    const details = document.getElementById(chip.getAttribute('aria-controls') ?? '');
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(details?.hidden).toBe(false);
    expect(details?.textContent).toContain('Refunds are processed within 14 days of approval.');
    expect(details?.closest('p')).not.toBeNull();
    expect(details?.querySelector('div, p, blockquote, dl')).toBeNull();

    fireEvent.keyDown(details as HTMLElement, { key: 'Escape' });
    expect(details?.hidden).toBe(true);
    expect(document.activeElement).toBe(chip);
  });

  test('hide a trailing partial marker while streaming, then show the chip once the annotation arrives', () => {
    const partial = assistantsMessage([
      ['thread.message.created', messageCreated],
      ['thread.message.delta', textDelta('Refunds are issued within 14 days【4:0†pol')],
    ]);
    const { container, rerender } = renderMessage(partial);
    expect(readable(container)).toBe('Refunds are issued within 14 days');

    const annotated = assistantsMessage([
      ['thread.message.created', messageCreated],
      ['thread.message.delta', textDelta('Refunds are issued within 14 days【4:0†pol')],
      ['thread.message.delta', textDelta('icy.txt】.', [policyAnnotation])],
    ]);
    rerender(
      <Message.Root message={annotated}>
        <Message.Content />
        <Message.Citations />
      </Message.Root>,
    );
    expect(readable(container)).toBe('Refunds are issued within 14 days[1].');
  });

  test('hide a complete marker no annotation covers', () => {
    const message = assistantsMessage([
      ['thread.message.created', messageCreated],
      ['thread.message.delta', textDelta('Shipping is free【4:1†shipping.txt】 and fast.')],
      ['thread.message.completed', { ...messageCreated, status: 'completed', content: [{ type: 'text', text: { value: 'Shipping is free【4:1†shipping.txt】 and fast.', annotations: [] } }] }],
    ]);
    const { container } = renderMessage(message);
    expect(readable(container)).toBe('Shipping is free and fast.');
  });
});

const chatKitText = 'The ECB reference rate is 163.0 yen per euro. Converters show the same mid-market rate within a few sen.';
const ecb = { type: 'annotation', source: { title: 'Euro foreign exchange reference rates', type: 'url', url: 'https://www.ecb.europa.eu/stats/eurofxref/', attribution: 'European Central Bank' }, index: 45 };
const xe = { type: 'annotation', source: { title: 'EUR to JPY', description: 'Mid-market rate', type: 'url', url: 'https://www.xe.com/currencyconverter/convert/?From=EUR&To=JPY' }, index: 104 };

describe('inline citation markers from ChatKit annotations', () => {
  test('are inserted at each annotation position, numbered like the sources list', () => {
    const message = messageFrom(
      [
        { type: 'message-start', messageId: 'msg_c4', role: 'assistant' },
        { type: 'text-delta', messageId: 'msg_c4', delta: chatKitText },
        { type: 'citation-add', messageId: 'msg_c4', citation: toChatKitCitation(ecb) },
        { type: 'citation-add', messageId: 'msg_c4', citation: toChatKitCitation(xe) },
        { type: 'message-end', messageId: 'msg_c4', status: 'complete' },
      ],
      'msg_c4',
    );
    const { container } = renderMessage(message);

    expect(readable(container)).toBe('The ECB reference rate is 163.0 yen per euro.[1] Converters show the same mid-market rate within a few sen.[2]');
    expect(inlineChips(container).map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Source 1: Euro foreign exchange reference rates',
      'Source 2: EUR to JPY',
    ]);
    expect(sourceNumbers()).toEqual(['1', '2']);
  });

  test('count their position over the whole message when text parts are split by an artifact', () => {
    const message = messageFrom(
      [
        { type: 'message-start', messageId: 'm', role: 'assistant' },
        { type: 'text-delta', messageId: 'm', delta: 'First part.' },
        { type: 'part-add', messageId: 'm', part: { type: 'image', fileId: 'file-1' } },
        { type: 'text-delta', messageId: 'm', delta: 'Second part.' },
        { type: 'citation-add', messageId: 'm', citation: toChatKitCitation({ ...ecb, index: 11 }) },
        { type: 'citation-add', messageId: 'm', citation: toChatKitCitation({ ...xe, index: 'First part.Second'.length }) },
        { type: 'message-end', messageId: 'm', status: 'complete' },
      ],
      'm',
    );
    const { container } = renderMessage(message);
    const paragraphs = [...container.querySelectorAll('.tl-markdown')].map((markdown) => {
      const copy = markdown.cloneNode(true) as HTMLElement;
      for (const marker of copy.querySelectorAll('.tl-citation-marker')) marker.replaceWith(`[${marker.getAttribute('data-number')}]`);
      return copy.textContent;
    });
    expect(paragraphs).toEqual(['First part.[1]', 'Second[2] part.']);
  });

  test('keep each marker on one line with the word before it and the punctuation after it', () => {
    const message = messageFrom(
      [
        { type: 'message-start', messageId: 'm', role: 'assistant' },
        { type: 'text-delta', messageId: 'm', delta: 'Second part.' },
        { type: 'citation-add', messageId: 'm', citation: toChatKitCitation({ ...xe, index: 'Second'.length }) },
        { type: 'message-end', messageId: 'm', status: 'complete' },
      ],
      'm',
    );
    const { container } = renderMessage(message);
    const group = container.querySelector('.tl-markdown p .tl-citation-nowrap')!.cloneNode(true) as HTMLElement;
    group.querySelector('.tl-citation-marker')!.replaceWith('[1]');
    expect(group.textContent).toBe('Second[1]');
    expect(readable(container)).toBe('Second[1] part.');
  });
});

const boostedText = 'Data-center revenue reached $51.2 billion, up 66% from a year ago.';

function boostedMessage(citations: unknown[]): MessageItem {
  return messageFrom(
    [
      { type: 'message-start', messageId: 'boosted', role: 'assistant' },
      { type: 'text-delta', messageId: 'boosted', delta: boostedText },
      ...citations.map((raw): ThreadEvent => ({ type: 'citation-add', messageId: 'boosted', citation: toBoostedCitation(raw) })),
      { type: 'message-end', messageId: 'boosted', status: 'complete' },
    ],
    'boosted',
  );
}

describe('inline citation markers from Boosted citations', () => {
  test('go at the end of the cited span, keeping its text; unpositioned ones stay in the sources list only', () => {
    const cited = 'Data-center revenue reached $51.2 billion';
    const message = boostedMessage([
      { citation_type: 'fiscal_quarter_earnings', ticker: 'NVDA', fiscal_quarter: 3, fiscal_year: 2025 },
      { citation_type: 'web', title: 'NVIDIA results', url: 'https://nvidianews.nvidia.com/', domain: 'nvidianews.nvidia.com', start: 0, end: cited.length },
      { citation_type: 'text', document_type: '10-Q', company_name: 'NVIDIA Corporation', start: 0, end: boostedText.length },
    ]);
    const { container } = renderMessage(message);

    expect(readable(container)).toBe('Data-center revenue reached $51.2 billion[2], up 66% from a year ago.[3]');
    expect(sourceNumbers()).toEqual(['1', '2', '3']);
    expect(inlineChips(container).map((chip) => chip.getAttribute('data-type'))).toEqual(['web', 'document']);
  });

  test('never render a javascript: or data: URL as a live link, in the inline marker or the sources list', () => {
    const message = boostedMessage([
      { citation_type: 'web', title: 'Evil', url: 'javascript:alert(document.cookie)', domain: 'evil.example', start: 0, end: 10 },
      { citation_type: 'news_article', title: 'Data', url: 'data:text/html,<script>alert(1)</script>', publisher: 'X', start: 0, end: 20 },
    ]);
    const { container } = renderMessage(message);
    for (const chip of container.querySelectorAll('button.tl-citation-chip')) fireEvent.click(chip);

    expect(container.querySelectorAll('.tl-citation-details:not([hidden])')).toHaveLength(4);
    expect(container.querySelectorAll('a[href]')).toHaveLength(0);
    expect(container.innerHTML).not.toMatch(/javascript:|data:text/);
  });
});

function chatKitMessage(text: string, indexes: number[]): MessageItem {
  return messageFrom(
    [
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'text-delta', messageId: 'm', delta: text },
      ...indexes.map((index): ThreadEvent => ({ type: 'citation-add', messageId: 'm', citation: toChatKitCitation({ ...ecb, index }) })),
      { type: 'message-end', messageId: 'm', status: 'complete' },
    ],
    'm',
  );
}

describe('inline citation markers in markdown', () => {
  test('leave code clean: a marker inside code is dropped there and stays in the sources list', () => {
    const text = 'Run `sum(rows)` first.\n\n```py\ntotal = sum(rows)\n```';
    const { container } = renderMessage(chatKitMessage(text, [text.indexOf('rows'), text.indexOf('total') + 3]));

    expect(container.querySelector('p code')?.textContent).toBe('sum(rows)');
    expect(container.querySelector('pre code')?.textContent).toBe('total = sum(rows)\n');
    expect(container.querySelectorAll('.tl-citation-marker')).toHaveLength(0);
    expect(container.querySelector('.tl-message-content')?.textContent).not.toMatch(/[\uE000-\uF8FF]/);
    expect(sourceNumbers()).toEqual(['1', '2']);
  });

  test('move a marker that falls inside a link to just after it, so no button nests in an anchor', () => {
    const text = 'See [the ECB rates](https://www.ecb.europa.eu/) today.';
    const { container } = renderMessage(chatKitMessage(text, [text.indexOf('rates') + 2]));
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.ecb.europa.eu/');
    expect(link?.querySelector('button')).toBeNull();
    expect(link?.nextElementSibling?.classList.contains('tl-citation-marker')).toBe(true);
  });

  test('keep a link URL intact when a marker falls inside it', () => {
    const text = 'See [rates](https://www.ecb.europa.eu/stats/) today.';
    const { container } = renderMessage(chatKitMessage(text, [text.indexOf('stats')]));
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://www.ecb.europa.eu/stats/');
  });

  test('sit inside headings, emphasis and table cells', () => {
    const text = '## Rates\n\n**Rate is 163.0**\n\n| Pair | Rate |\n| --- | --- |\n| EUR/JPY | 163.0 |';
    const { container } = renderMessage(chatKitMessage(text, [text.indexOf('Rates') + 5, text.indexOf('163.0**') + 5, text.lastIndexOf('163.0') + 5]));
    expect(container.querySelector('h2 .tl-citation-marker')).not.toBeNull();
    expect(container.querySelector('strong .tl-citation-marker')).not.toBeNull();
    expect(container.querySelector('td .tl-citation-marker')).not.toBeNull();
    expect(container.querySelector('table')).not.toBeNull();
  });

  test('drop private-use characters the model wrote, so they cannot pose as citations', () => {
    const { container } = renderMessage(chatKitMessage('Icon \uE000 here.', [4]));
    expect(readable(container)).toBe('Icon[1]  here.');
    expect(container.querySelectorAll('.tl-citation-marker')).toHaveLength(1);
  });

  test('render through a replacement marker component', () => {
    function Footnote({ citation, number }: CitationMarkerProps) {
      return <sup className="footnote">{`${number}:${citation.title}`}</sup>;
    }
    const { container } = renderMessage(chatKitMessage(chatKitText, [45]), { citationMarker: Footnote });
    expect(container.querySelector('.tl-message-content sup.footnote')?.textContent).toBe('1:Euro foreign exchange reference rates');
    expect(container.querySelector('.tl-message-content .tl-citation-marker')).toBeNull();
  });
});

export type { Citation };

// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import type { Citation, ThreadEvent } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import { gallerySources } from '../src/gallery/gallerySources';
import { TeletypeThread } from '../src/gallery/teletype/TeletypeThread';

afterEach(cleanup);

const connection = { dialect: 'chatkit', baseUrl: 'http://127.0.0.1:9/chatkit' } as const;

function source(title: string, url: string, site: string, at: number | null): Citation {
  return { type: 'url', start: at, end: at, id: null, title, url, snippet: null, highlights: [], source: site, date: null, details: {} };
}

/** Renders the teletype over a store thread reduced from `events`; nothing touches the network. */
function renderTeletype(events: ThreadEvent[]) {
  const client = createThreadlineClient();
  client.threadStore.ensureThread('gallery-test', 'chatkit', null);
  client.threadStore.dispatch('gallery-test', events);
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <ThreadlineProvider client={client}>
        <TeletypeThread threadKey="gallery-test" connection={connection} />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
  return { ...view, client };
}

const answer = 'Apple rates it at 30 hours. Google rates it at 29 hours.';

const finishedThread: ThreadEvent[] = [
  { type: 'thread-update', id: 'thr_test' },
  { type: 'run-start' },
  { type: 'message-start', messageId: 'm1', role: 'user' },
  { type: 'text-delta', messageId: 'm1', delta: 'Compare battery life' },
  { type: 'message-end', messageId: 'm1', status: 'complete' },
  { type: 'tool-call-start', toolCallId: 't1', name: 'web_search' },
  { type: 'tool-call-delta', toolCallId: 't1', argumentsDelta: '{"query":"battery life"}' },
  { type: 'tool-call-end', toolCallId: 't1' },
  { type: 'tool-result-end', toolCallId: 't1', result: '3 results' },
  {
    type: 'workflow-update',
    itemId: 'w1',
    variant: 'custom',
    durationSeconds: 9,
    status: 'complete',
    tasks: [
      { kind: 'custom', title: 'Planning the comparison', content: 'Find official ratings.', status: 'complete', sources: [] },
      { kind: 'web_search', title: 'Searching the web', content: null, status: 'loading', sources: [source('Specs', 'https://apple.com/specs', 'apple.com', null)] },
    ],
  },
  {
    type: 'widget-update',
    itemId: 'wg1',
    status: 'complete',
    root: {
      type: 'Card',
      children: [
        { type: 'Title', value: 'Battery life' },
        { type: 'Divider' },
        { type: 'Row', children: [{ type: 'Badge', label: 'iPhone 17' }, { type: 'Spacer' }, { type: 'Text', value: '30 h video' }] },
        { type: 'Markdown', value: '<img src=x onerror=alert(1)>' },
      ],
    },
  },
  { type: 'message-start', messageId: 'm2', role: 'assistant' },
  { type: 'text-delta', messageId: 'm2', delta: answer },
  { type: 'citation-add', messageId: 'm2', citation: source('iPhone 17 specs', 'https://www.apple.com/iphone-17/specs/', 'apple.com', answer.indexOf('.') + 1) },
  { type: 'citation-add', messageId: 'm2', citation: source('Pixel 10 specs', 'javascript:alert(1)', 'store.google.com', answer.length) },
  { type: 'citation-add', messageId: 'm2', citation: source('iPhone 17 specs', 'https://www.apple.com/iphone-17/specs/', 'apple.com', answer.length) },
  { type: 'message-end', messageId: 'm2', status: 'complete' },
  { type: 'run-end', status: 'complete' },
];

describe('TeletypeThread', () => {
  test('prints the prompt, the tool call, the workflow, the widget and the answer with numbered footnotes', () => {
    const { container } = renderTeletype(finishedThread);
    const log = screen.getByRole('region', { name: 'Teletype transcript' });

    expect(within(log).getByText('Compare battery life').closest('.tty-user')?.textContent).toBe('$You: Compare battery life');
    const tool = container.querySelector('.tty-tool');
    expect(tool?.textContent).toContain('web_search');
    expect(tool?.textContent).toContain('({"query":"battery life"})');
    expect(tool?.textContent).toContain('3 results');
    expect(tool?.querySelector('.tty-tag')?.getAttribute('data-state')).toBe('complete');

    const workflow = container.querySelector('.tty-workflow');
    expect(workflow?.textContent).toContain('2 tasks, 9s');
    expect(within(workflow as HTMLElement).getByText('Planning the comparison')).toBeTruthy();
    expect(workflow?.textContent).toContain('in progress:');
    expect(workflow?.textContent).toContain('read apple.com');

    const widget = container.querySelector('.tty-widget');
    expect(widget?.querySelector('figcaption')?.textContent).toBe('Battery life');
    expect([...(widget?.querySelectorAll('.tty-widget-row span') ?? [])].map((cell) => cell.textContent)).toEqual(['iPhone 17', '30 h video']);
    expect(widget?.querySelector('img')).toBeNull();
    expect(widget?.textContent).toContain('<img src=x onerror=alert(1)>');

    const answerText = container.querySelector('.tty-answer-text');
    expect(answerText?.textContent).toBe('Apple rates it at 30 hours.source [1] Google rates it at 29 hours.source [2]source [1]');
    const footnotes = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(footnotes.map((item) => item.textContent)).toEqual(['iPhone 17 specs — apple.com', 'Pixel 10 specs — store.google.com']);
    expect(within(footnotes[0] as HTMLElement).getByRole('link', { name: 'iPhone 17 specs' }).getAttribute('href')).toBe('https://www.apple.com/iphone-17/specs/');
    expect(within(footnotes[1] as HTMLElement).queryByRole('link')).toBeNull();
  });

  test('shows the status, the server thread id and the link state in its bars', () => {
    const { container } = renderTeletype(finishedThread);
    expect(container.querySelector('.tty')?.getAttribute('data-state')).toBe('complete');
    expect(container.querySelector('.tty-status')?.textContent).toBe('Status: complete');
    expect(container.querySelector('.tty-title')?.textContent).toBe('tty://thr_test');
    expect(container.querySelector('.tty-footer')?.textContent).toBe('link idle5 items');
  });

  test('uses no @threadline/ui part or class', () => {
    const { container } = renderTeletype(finishedThread);
    expect(container.querySelector('[class^="tl-"], [class*=" tl-"]')).toBeNull();
    // The same `?raw` sources the gallery's "Code" view shows.
    const main = gallerySources.teletype.find((file) => file.name === 'teletype/TeletypeThread.tsx');
    expect(main?.code).toContain('useThreadStream(threadKey, connection)');
    for (const file of gallerySources.teletype) expect(file.code, file.name).not.toMatch(/from '@threadline\/ui/);
  });

  test('while the run streams, marks the answer busy with a cursor and prints the latest progress line', () => {
    const { container } = renderTeletype([
      { type: 'run-start' },
      { type: 'progress-add', text: 'Searching the web...' },
      { type: 'message-start', messageId: 'm1', role: 'assistant' },
      { type: 'text-delta', messageId: 'm1', delta: 'Apple rates' },
    ]);
    expect(container.querySelector('.tty')?.getAttribute('aria-busy')).toBe('true');
    const answer = container.querySelector('.tty-answer');
    expect(answer?.getAttribute('aria-busy')).toBe('true');
    expect(answer?.querySelector('.tty-cursor')).not.toBeNull();
    expect(container.querySelector('.tty-progress')?.textContent).toBe('~ Searching the web...');
    expect(screen.queryByText(/waiting for a prompt/)).toBeNull();
  });

  test('shows an idle thread as waiting for a prompt', () => {
    renderTeletype([]);
    expect(screen.getByText(/waiting for a prompt/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'retry' })).toBeNull();
  });

  test('shows the error and offers retry only for a retryable error on a thread the server created', () => {
    const failure: ThreadEvent[] = [
      { type: 'run-start' },
      { type: 'message-start', messageId: 'm1', role: 'user' },
      { type: 'text-delta', messageId: 'm1', delta: 'Compare battery life' },
      { type: 'message-end', messageId: 'm1', status: 'complete' },
      { type: 'run-error', error: { message: 'Something went wrong while answering.', code: null, kind: 'server', retryable: true } },
      { type: 'run-end', status: 'failed' },
    ];
    const created = renderTeletype([{ type: 'thread-update', id: 'thr_test' }, ...failure]);
    expect(created.container.querySelector('.tty-error')?.textContent).toContain('error (server) Something went wrong while answering.');
    expect(screen.getByRole('button', { name: 'retry' })).toBeTruthy();
    created.unmount();

    renderTeletype(failure);
    expect(screen.getByText(/Something went wrong while answering/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'retry' })).toBeNull();
  });
});

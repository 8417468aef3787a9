// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createBoostedApi, createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useThreadStream } from '@threadline/headless/react';
import { Composer, Thread } from '@threadline/ui';
import { shareTestSimulator } from './shareTestSimulator';

const simulator = shareTestSimulator();

function Conversation({ threadId, baseUrl }: { threadId: string; baseUrl: string }) {
  const stream = useThreadStream(threadId, { dialect: 'boosted', baseUrl });
  return (
    <Thread.Root threadId={threadId} items={stream.items} status={stream.status} error={stream.error} data-testid="thread">
      <Thread.Messages />
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
    </Thread.Root>
  );
}

async function renderConversation(baseUrl: string) {
  const { threadId } = await createBoostedApi({ baseUrl }).createThread('artifact gallery');
  const client = createThreadlineClient();
  simulator.track(client);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client}>
        <Conversation threadId={threadId} baseUrl={baseUrl} />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
}

function ask(question: string) {
  const input = screen.getByRole('textbox', { name: 'Message' });
  fireEvent.change(input, { target: { value: question } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('the artifact-gallery scenario rendered through useThreadStream', () => {
  test('shows a chart, a markdown note, an image and a JSON tree, and a code block and a table in the text', async () => {
    // The pinned base URL plays the scenario whatever the message says.
    await renderConversation(`${simulator.url}/boosted/scenario/artifact-gallery`);
    ask('Show me what you can render');

    const thread = screen.getByTestId('thread');
    await waitFor(() => expect(thread.getAttribute('data-state')).toBe('complete'), { timeout: 10_000 });
    const answer = thread.querySelector<HTMLElement>('.tl-message[data-role="assistant"]') as HTMLElement;
    expect(answer.getAttribute('data-state')).toBe('complete');
    expect(answer.textContent).not.toContain('artifact_id');

    const artifacts = [...answer.querySelectorAll<HTMLElement>('.tl-artifact')];
    expect(artifacts).toHaveLength(4);
    await waitFor(() => expect(artifacts.map((artifact) => artifact.getAttribute('data-state'))).toEqual(['ready', 'ready', 'ready', 'ready']), {
      timeout: 5_000,
    });
    expect(artifacts.map((artifact) => artifact.getAttribute('data-kind'))).toEqual(['chart', 'text', 'image', 'json']);
    const [chart, note, image, json] = artifacts as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];

    // The chart's renderer loads lazily, after the artifact itself is ready: two series of four quarters.
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(8), { timeout: 10_000 });
    expect(chart.querySelector('figure')?.getAttribute('data-chart')).toBe('bar');
    expect(within(chart).getByRole('img', { name: /^Bar chart of Products \(USD bn\), Services \(USD bn\) by Fiscal quarter/ })).toBeTruthy();

    expect(within(note).getByRole('heading', { level: 2 }).textContent).toBe('Analyst note: Services carries the margin');
    expect(note.querySelectorAll('li')).toHaveLength(3);
    expect(note.querySelector('strong')?.textContent).toBe('$26.3 billion');

    const picture = within(image).getByRole('img');
    expect(picture.getAttribute('src')?.startsWith('data:image/png;base64,')).toBe(true);
    expect(picture.getAttribute('alt')).toMatch(/^Stacked bars for the four quarters of fiscal 2025/);
    expect(image.querySelector('figcaption')?.textContent).toBe('Apple revenue mix by segment, fiscal 2025');

    const keys = [...json.querySelectorAll('.tl-json-key')].map((key) => key.textContent);
    expect(keys).toEqual(expect.arrayContaining(['title', 'data', 'universe', 'filters', 'ranking']));
    expect(within(json).getByRole('button', { name: /filters/ }).getAttribute('aria-expanded')).toBe('false');

    const codeBlock = answer.querySelector<HTMLElement>('.tl-code-block') as HTMLElement;
    expect(codeBlock.getAttribute('data-language')).toBe('python');
    expect(codeBlock.querySelector('pre')?.textContent).toContain('services_share = services / total * 100');
    expect(within(codeBlock).getByRole('button', { name: 'Copy' })).toBeTruthy();

    // The chart keeps its own (hidden) data table; the GFM table is the one outside the artifacts.
    const tables = [...answer.querySelectorAll('table')].filter((table) => !table.closest('.tl-artifact'));
    expect(tables).toHaveLength(1);
    const rows = within(tables[0] as HTMLElement).getAllByRole('row');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Quarter', 'Revenue (USD bn)', 'Services share'],
      ['Q1 FY25', '124.3', '21%'],
      ['Q2 FY25', '95.4', '28%'],
      ['Q3 FY25', '94.0', '29%'],
      ['Q4 FY25', '102.5', '28%'],
    ]);
  });
});

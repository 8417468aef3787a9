// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createBoostedApi, createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useThreadStream } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, Progress, Thread } from '@threadline/ui';
import { startSimulator } from '@threadline/simulator';
import { shareTestSimulator } from './shareTestSimulator';

const simulator = shareTestSimulator();

function Conversation({ threadId, baseUrl, headers }: { threadId: string; baseUrl: string; headers?: Record<string, string> }) {
  const stream = useThreadStream(threadId, { dialect: 'boosted', baseUrl, headers });
  return (
    <Thread.Root threadId={threadId} items={stream.items} status={stream.status} error={stream.error} data-testid="thread">
      <Thread.Announcer />
      <Thread.Empty>Ask about a company.</Thread.Empty>
      <Thread.Messages />
      <Progress entries={stream.progress} active={stream.status === 'running'} />
      <ErrorBanner error={stream.error} announce={false} />
      <CancelButton status={stream.status} cancel={stream.cancel} isCancelling={stream.isCancelling} />
      <Composer onSend={stream.send} isSending={stream.isSending} canSend={stream.status !== 'running'} />
    </Thread.Root>
  );
}

async function renderConversation(baseUrl: string, headers?: Record<string, string>) {
  const { threadId } = await createBoostedApi({ baseUrl }).createThread('ui test');
  const client = createThreadlineClient();
  simulator.track(client);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client}>
        <Conversation threadId={threadId} baseUrl={baseUrl} headers={headers} />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
  return { threadId, client };
}

function ask(question: string) {
  const input = screen.getByRole('textbox', { name: 'Message' });
  fireEvent.change(input, { target: { value: question } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

describe('a Boosted thread rendered through useThreadStream', () => {
  test('streams the default answer to the end: final text, progress, six chips and two artifacts', async () => {
    await renderConversation(`${simulator.url}/boosted`);
    expect(screen.getByText('Ask about a company.')).toBeTruthy();

    ask('Show NVIDIA data-center revenue with sources');

    const thread = screen.getByTestId('thread');
    await waitFor(() => expect(thread.getAttribute('data-state')).toBe('complete'), { timeout: 10_000 });
    const [question, answer] = [...thread.querySelectorAll<HTMLElement>('.tl-message')];
    expect(question?.getAttribute('data-role')).toBe('user');
    expect(question?.textContent).toBe('Show NVIDIA data-center revenue with sources');
    expect(answer?.getAttribute('data-state')).toBe('complete');
    expect(answer?.textContent).toContain("Here is how NVIDIA's data-center revenue has trended over the last six quarters:");
    expect(answer?.textContent).toContain('supply constraints should ease in the second half.');
    expect(answer?.querySelector('strong')?.textContent).toBe('Blackwell');
    expect(answer?.textContent).not.toContain('artifact_id');
    expect(answer?.querySelector('.tl-caret')).toBeNull();

    const chips = within(within(answer as HTMLElement).getByRole('list', { name: 'Sources' })).getAllByRole('button');
    expect(chips.map((chip) => chip.getAttribute('data-type'))).toEqual([
      'web',
      'news_development',
      'news_article',
      'document',
      'fiscal_quarter_earnings',
      'variable',
    ]);

    const artifacts = [...(answer as HTMLElement).querySelectorAll<HTMLElement>('.tl-artifact')];
    expect(artifacts).toHaveLength(2);
    await waitFor(() => expect(artifacts.map((artifact) => artifact.getAttribute('data-state'))).toEqual(['ready', 'ready']), { timeout: 5_000 });
    expect(artifacts.map((artifact) => artifact.getAttribute('data-kind'))).toEqual(['table', 'chart']);
    expect(within(artifacts[0] as HTMLElement).getAllByRole('row')).toHaveLength(7);
    // The chart's renderer loads lazily, after the artifact itself is ready.
    await waitFor(() => expect(artifacts[1]?.querySelector('svg path')).not.toBeNull(), { timeout: 5_000 });

    const progress = thread.querySelector('.tl-progress') as HTMLElement;
    expect(progress.getAttribute('data-state')).toBe('idle');
    expect(progress.getAttribute('aria-live')).toBeNull();
    expect(progress.querySelector('.tl-progress-latest')?.textContent).toBe('Computing year-over-year growth');
    expect([...progress.querySelectorAll('details li')].map((entry) => entry.textContent)).toEqual([
      'Planning the analysis',
      'Fetching quarterly segment revenue for NVDA',
      'Building the revenue table',
      'Computing year-over-year growth',
    ]);

    const announcer = thread.querySelector('.tl-announcer') as HTMLElement;
    expect(within(announcer).getByRole('status').textContent).toContain('supply constraints should ease in the second half.');
    expect(within(announcer).getByRole('alert').textContent).toBe('');
    // The announcer is the thread's only live region, though the answer holds artifacts, a chart and chips.
    expect([...thread.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')]).toEqual([
      within(announcer).getByRole('status'),
      within(announcer).getByRole('alert'),
    ]);
    expect(thread.querySelector('.tl-error-banner')).toBeNull();
    expect((screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe('');
  });

  test('cancels a long answer with the cancel button', async () => {
    const paced = await startSimulator({ port: 0, delayMs: 10 });
    try {
      await renderConversation(`${paced.url}/boosted`);
      ask('long answer I can cancel');

      const stop = screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement;
      await waitFor(() => expect(stop.disabled).toBe(false), { timeout: 5_000 });
      await waitFor(() => expect(screen.getByTestId('thread').textContent).toContain('Screening the S&P 500'), { timeout: 5_000 });
      expect(stop.getAttribute('data-state')).toBe('running');
      expect(document.querySelector('.tl-message[data-role="assistant"] .tl-caret')).not.toBeNull();

      fireEvent.click(stop);

      const thread = screen.getByTestId('thread');
      await waitFor(() => expect(thread.getAttribute('data-state')).toBe('cancelled'), { timeout: 5_000 });
      const answer = thread.querySelector('.tl-message[data-role="assistant"]');
      expect(answer?.getAttribute('data-state')).toBe('cancelled');
      expect(answer?.textContent).not.toContain('concentration in semiconductor exposure');
      expect(answer?.querySelector('.tl-caret')).toBeNull();
      await waitFor(() => expect((screen.getByRole('button', { name: 'Stop' }) as HTMLButtonElement).disabled).toBe(true));
    } finally {
      await paced.close();
    }
  });

  test('shows the error banner when the message cannot be posted, and keeps the text', async () => {
    // The simulator refuses to post a message for a scenario it does not know (HTTP 400).
    await renderConversation(`${simulator.url}/boosted`, { 'x-simulator-scenario': 'no-such-scenario' });
    ask('Show NVIDIA data-center revenue with sources');

    const thread = screen.getByTestId('thread');
    await waitFor(() => expect(thread.querySelector('.tl-error-banner')).not.toBeNull(), { timeout: 5_000 });
    const banner = thread.querySelector('.tl-error-banner') as HTMLElement;
    expect(banner.getAttribute('data-kind')).toBe('http');
    expect(banner.getAttribute('role')).toBeNull();
    expect(banner.textContent).not.toBe('');
    expect(within(thread.querySelector('.tl-announcer') as HTMLElement).getByRole('alert').textContent).toBe(banner.textContent);
    expect(thread.getAttribute('data-state')).toBe('failed');
    const input = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(input.value).toBe('Show NVIDIA data-center revenue with sources');
    expect(input.disabled).toBe(false);
    await waitFor(() => expect(input.readOnly).toBe(false));
    fireEvent.change(input, { target: { value: 'Another question' } });
    expect(input.value).toBe('Another question');
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useThreadStream } from '@threadline/headless/react';
import type { ThreadStreamOptions } from '@threadline/headless/react';
import { CancelButton, Composer, ErrorBanner, NoticeList, PendingActionPanel, Progress, Thread } from '@threadline/ui';
import { shareTestSimulator } from './shareTestSimulator';

// The default parts, put together as an app would, on real streams from the simulator in
// Assistants, Teammate and ChatKit (Boosted has its own file, Thread.test.tsx).

const simulator = shareTestSimulator();

function FullThread({ options }: { options: ThreadStreamOptions }) {
  const stream = useThreadStream(null, options);
  const { customAction } = stream;
  return (
    <Thread.Root
      threadId={stream.threadId ?? 'draft'}
      items={stream.items}
      status={stream.status}
      onWidgetAction={customAction ? (action, itemId) => void customAction(action, itemId).catch(() => undefined) : undefined}
      data-testid="thread"
    >
      <NoticeList notices={stream.notices} />
      <Thread.Messages />
      <Progress entries={stream.runProgress} active={stream.status === 'running'} />
      {stream.pendingAction ? (
        <PendingActionPanel action={stream.pendingAction} onRespond={stream.respond} isResponding={stream.isResponding} />
      ) : null}
      <ErrorBanner error={stream.error} onRetry={() => void stream.retry().catch(() => undefined)} />
      <Composer onSend={stream.send} isSending={stream.isSending} />
      <CancelButton status={stream.status} cancel={stream.cancel} isCancelling={stream.isCancelling} canCancel={stream.canCancel} />
    </Thread.Root>
  );
}

function renderThread(options: ThreadStreamOptions) {
  const client = createThreadlineClient({ recoveryPollMs: 10 });
  simulator.track(client);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client}>
        <FullThread options={options} />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
  return screen.getByTestId('thread');
}

function ask(question: string) {
  const input = screen.getByRole('textbox', { name: 'Message' });
  fireEvent.change(input, { target: { value: question } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

async function settles(thread: HTMLElement, state: string) {
  await waitFor(() => expect(thread.getAttribute('data-state')).toBe(state), { timeout: 10_000 });
}

function assistantMessages(thread: HTMLElement): HTMLElement[] {
  return [...thread.querySelectorAll<HTMLElement>('.tl-message[data-role="assistant"]')];
}

const assistants = (scenario: string): ThreadStreamOptions => ({
  dialect: 'assistants',
  baseUrl: `${simulator.url}/assistants/scenario/${scenario}/v1`,
  assistantId: 'asst_demo',
});
const teammate = (scenario: string): ThreadStreamOptions => ({
  dialect: 'teammate',
  baseUrl: `${simulator.url}/teammate/scenario/${scenario}/api/v2`,
  settings: { human_in_the_loop: true },
});
const chatkit = (scenario: string): ThreadStreamOptions => ({ dialect: 'chatkit', baseUrl: `${simulator.url}/chatkit/scenario/${scenario}` });

describe('an Assistants thread in the default parts', () => {
  test('file search: the markers in the text become numbered citations, matched by the sources list', async () => {
    const thread = renderThread(assistants('file-search'));
    ask('What did Q3 look like?');
    await settles(thread, 'complete');
    const answer = assistantMessages(thread).at(-1)!;
    expect(answer.textContent).toContain('Revenue grew 12% year over year in the third quarter');
    expect(answer.textContent).not.toContain('【');
    const sources = within(answer).getByRole('list', { name: 'Sources' });
    expect(within(sources).getAllByRole('button').map((chip) => chip.textContent)).toEqual([
      expect.stringContaining('q3_report.txt'),
      expect.stringContaining('pricing_faq.txt'),
    ]);
    expect(screen.getByText('Searching files')).toBeTruthy();
  });

  test('tools: the run waits on a tool-outputs form; submitting it runs on to the answer', async () => {
    const thread = renderThread(assistants('tools'));
    ask('Quote AAPL and MSFT');
    const form = await screen.findByRole('region', { name: 'Action required' }, { timeout: 10_000 });
    expect(thread.getAttribute('data-state')).toBe('requires_action');
    const outputs = within(form).getAllByRole('textbox');
    expect(outputs.length).toBe(2);
    for (const output of outputs) fireEvent.change(output, { target: { value: '{"price": 101}' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: /Submit/ }));
    });
    await settles(thread, 'complete');
    expect(screen.queryByRole('region', { name: 'Action required' })).toBeNull();
    const calls = [...thread.querySelectorAll<HTMLElement>('.tl-tool-call')];
    expect(calls.map((call) => call.getAttribute('data-state'))).toEqual(calls.map(() => 'complete'));
    expect(calls.some((call) => call.textContent?.includes('code_interpreter'))).toBe(true);
    expect(assistantMessages(thread).at(-1)!.getAttribute('data-state')).toBe('complete');
  });

  test('an error event mid-answer: the partial text stays, the banner says what happened, the composer stays usable', async () => {
    const thread = renderThread(assistants('error'));
    ask('Tell me something');
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(banner.textContent).toMatch(/\S/);
    expect(assistantMessages(thread).at(-1)!.textContent).toMatch(/\S/);
    const input = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(input.disabled).toBe(false);
    expect(input.readOnly).toBe(false);
  });
});

describe('a Teammate thread in the default parts', () => {
  test('tools: reasoning, tool calls with results and the to-do list render beside the answer', async () => {
    const thread = renderThread(teammate('tools'));
    ask('Triage the inbox');
    await settles(thread, 'complete');
    const calls = [...thread.querySelectorAll<HTMLElement>('.tl-tool-call')];
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.every((call) => call.getAttribute('data-state') === 'complete')).toBe(true);
    expect(thread.querySelector('.tl-reasoning')).not.toBeNull();
    expect(thread.querySelector('.tl-workflow')).not.toBeNull();
  });

  test('question: the options are radios; the chosen one is sent and the answer uses it', async () => {
    const thread = renderThread(teammate('question'));
    ask('Reply to Dana');
    const form = await screen.findByRole('region', { name: 'Action required' }, { timeout: 10_000 });
    expect(within(form).getByText('Which tone should the customer reply use?')).toBeTruthy();
    fireEvent.click(within(form).getByRole('radio', { name: 'Formal' }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: /Send answer/ }));
    });
    await settles(thread, 'complete');
    expect(thread.textContent).toContain('Got it: Formal.');
    expect(thread.querySelector('strong')?.textContent).toBe('Formal');
  });

  test('approval: the tool and its input are shown; allowing it runs the tool', async () => {
    const thread = renderThread(teammate('approval'));
    ask('Why does the export stop?');
    const form = await screen.findByRole('region', { name: 'Action required' }, { timeout: 10_000 });
    expect(form.textContent).toContain('Bash');
    expect(form.textContent).toContain('npm run export -- --env staging --rows 20000');
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Allow' }));
    });
    await settles(thread, 'complete');
    expect(thread.textContent).toContain('The export stops at exactly 10,000 rows');
  });

  test('plan: approving the plan runs it', async () => {
    const thread = renderThread(teammate('plan'));
    ask('Work the support inbox');
    const form = await screen.findByRole('region', { name: 'Action required' }, { timeout: 10_000 });
    expect(form.textContent).toContain('File a Linear issue for each bug');
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Approve plan' }));
    });
    await settles(thread, 'complete');
    expect(thread.textContent).toContain('Plan approved. Starting with the inbox search.');
  });

  test('a rate-limit error: the banner shows it and the partial answer stays', async () => {
    const thread = renderThread(teammate('error'));
    ask('Go');
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(banner.textContent).toMatch(/rate/i);
    expect(assistantMessages(thread).at(-1)!.textContent).toMatch(/\S/);
  });
});

describe('a ChatKit thread in the default parts', () => {
  test('workflow: tasks, the Card widget and an answer whose three URL sources sit at their positions', async () => {
    const thread = renderThread(chatkit('workflow'));
    ask('Which phone lasts longer?');
    await settles(thread, 'complete');
    const workflow = thread.querySelector<HTMLElement>('.tl-workflow')!;
    expect(workflow.textContent).toContain('Planning the comparison');
    expect(thread.querySelector('.tl-widget')).not.toBeNull();
    const answer = assistantMessages(thread).at(-1)!;
    const sources = within(answer).getByRole('list', { name: 'Sources' });
    expect(within(sources).getAllByRole('button')).toHaveLength(3);
    for (const link of answer.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https:/);
  });

  test('client tool: the pending call is a form; its output continues the answer', async () => {
    const thread = renderThread(chatkit('client-tool'));
    ask('Summarise what I selected');
    const form = await screen.findByRole('region', { name: 'Action required' }, { timeout: 10_000 });
    expect(form.textContent).toContain('get_selected_nodes');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Output of get_selected_nodes' }), {
      target: { value: '{"nodes": ["Launch plan", "Hiring"]}' },
    });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Submit output' }));
    });
    await settles(thread, 'complete');
    expect(screen.queryByRole('region', { name: 'Action required' })).toBeNull();
  });

  test('a retryable error: the banner offers retry, and retry streams the answer', async () => {
    const thread = renderThread(chatkit('error-retry'));
    ask('Hello');
    const banner = await screen.findByRole('alert', {}, { timeout: 10_000 });
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: /Retry/ }));
    });
    await settles(thread, 'complete');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(assistantMessages(thread).at(-1)!.getAttribute('data-state')).toBe('complete');
  });
});

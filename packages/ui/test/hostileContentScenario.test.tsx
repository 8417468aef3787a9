// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useThreadStream } from '@threadline/headless/react';
import { Composer, NoticeList, Thread } from '@threadline/ui';
import { unsafeAttributes } from './unsafeAttributes';
import { shareTestSimulator } from './shareTestSimulator';

const simulator = shareTestSimulator();

function HostileThread({ baseUrl }: { baseUrl: string }) {
  const stream = useThreadStream(null, { dialect: 'chatkit', baseUrl });
  return (
    <Thread.Root threadId={stream.threadId ?? 'draft'} items={stream.items} status={stream.status} data-testid="thread">
      <NoticeList notices={stream.notices} />
      <Thread.Messages />
      <Composer onSend={stream.send} isSending={stream.isSending} />
    </Thread.Root>
  );
}

describe('the simulator’s hostile-content scenario', () => {
  test('streams through the real client into a thread with no unsafe href, src or handler, and shows the markup as text', async () => {
    const client = createThreadlineClient();
    simulator.track(client);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ThreadlineProvider client={client}>
          <HostileThread baseUrl={`${simulator.url}/chatkit/scenario/hostile-content`} />
        </ThreadlineProvider>
      </QueryClientProvider>,
    );
    const input = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(input, { target: { value: 'Show me the hostile content' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const thread = screen.getByTestId('thread');
    await waitFor(() => expect(thread.getAttribute('data-state')).toBe('complete'), { timeout: 10_000 });
    for (const chip of thread.querySelectorAll('button.tl-citation-chip')) fireEvent.click(chip);

    expect(thread.querySelectorAll('.tl-citation-details:not([hidden])').length).toBeGreaterThan(0);
    expect(thread.querySelector('.tl-widget-markdown')?.textContent).toContain('a raw link');
    expect(thread.querySelector('.tl-message[data-role="assistant"]')?.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(thread.querySelector('script, iframe, object, embed')).toBeNull();
    expect(unsafeAttributes(thread)).toEqual([]);
  });
});

// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import { ReplayPage } from '../src/pages/ReplayPage';

afterEach(cleanup);

function renderPage() {
  const client = createThreadlineClient();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ThreadlineProvider client={client}>
        <ReplayPage />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
  return client;
}

function chooseFile(file: File) {
  fireEvent.change(screen.getByTestId('replay-file-input'), { target: { files: [file] } });
}

describe('ReplayPage', () => {
  it('plays a sample to the end at instant speed and names the dialect the stream recognised', async () => {
    const client = renderPage();
    expect(screen.getByTestId('replay-empty').textContent).toMatch(/Nothing playing yet/);

    fireEvent.click(screen.getByRole('button', { name: /ChatKit: workflow and widget/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Instant' }));

    await waitFor(() => expect(screen.getByTestId('replay-progress').textContent).toBe('Frame 82 of 82 · finished'));
    expect(screen.getByTestId('replay-dialect').textContent).toBe('ChatKit');
    expect(screen.getByTestId('replay-file-name').textContent).toBe('chatkit-workflow.sse');
    expect(screen.getByRole('button', { name: /ChatKit: workflow and widget/ }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(document.querySelector('.tl-thread')?.getAttribute('data-state')).toBe('complete'));
    client.disconnectAll();
  });

  it('replays a chosen file, and restarts it from the first frame', async () => {
    const client = renderPage();
    const transcript = 'data: {"type": "metadata", "payload": {"run_id": 1}}\n\ndata: {"type": "text-delta", "delta": "Hello"}\n\ndata: {"type": "done", "stop_reason": "end_turn"}\n\n';

    chooseFile(new File([transcript], 'mine.sse', { type: 'text/event-stream' }));
    await waitFor(() => expect(screen.getByTestId('replay-progress').textContent).toBe('Frame 3 of 3 · finished'));
    expect(screen.getByTestId('replay-dialect').textContent).toBe('Teammate');
    await waitFor(() => expect(document.querySelector('.tl-message[data-role="assistant"]')?.textContent).toContain('Hello'));

    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(screen.getByTestId('replay-progress').textContent).toBe('Frame 0 of 3');
    await waitFor(() => expect(screen.getByTestId('replay-progress').textContent).toBe('Frame 3 of 3 · finished'));
    expect(document.querySelectorAll('.tl-message[data-role="assistant"]')).toHaveLength(1);
    client.disconnectAll();
  });

  it('shows why an empty file, a file that is not SSE, or an unknown dialect cannot play', async () => {
    renderPage();

    chooseFile(new File([''], 'empty.sse'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The file is empty.'));

    chooseFile(new File(['just some notes\n'], 'notes.txt'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Cannot replay notes\.txt.*No SSE frames found/));

    chooseFile(new File(['data: {"hello": "world"}\n\n'], 'other.sse'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Could not recognise the dialect/));
  });
});

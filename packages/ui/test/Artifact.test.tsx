// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { createBoostedApi, createThreadlineClient } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import { Artifact } from '@threadline/ui';
import { shareTestSimulator } from './shareTestSimulator';

const simulator = shareTestSimulator();

/**
 * Streams the default scenario (two artifacts) to the end through a real client; returns its
 * artifact ids. Every request goes through `fetchImpl`, by default the global fetch.
 */
async function answeredThread(fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {
  const baseUrl = `${simulator.url}/boosted`;
  const client = createThreadlineClient();
  simulator.track(client);
  const { threadId } = await createBoostedApi({ baseUrl }).createThread('artifacts');
  const controller = client.getController(threadId, { dialect: 'boosted', baseUrl, fetch: fetchImpl });
  await controller.send('Show NVIDIA data-center revenue with sources');
  await vi.waitFor(() => expect(client.threadStore.getThread(threadId)?.status).toBe('complete'), { timeout: 10_000 });
  const thread = client.threadStore.getThread(threadId);
  const artifactIds = Object.values(thread?.items ?? {}).flatMap((item) =>
    item.kind === 'message' ? item.parts.flatMap((part) => (part.type === 'artifact' ? [part.artifactId] : [])) : [],
  );
  return { client, threadId, artifactIds };
}

function renderArtifact(client: ThreadlineClient, threadId: string, artifactId: string) {
  // No wait between react-query's retries, so a failure shows at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client}>
        <Artifact.Root threadId={threadId} artifactId={artifactId} data-testid="artifact" />
      </ThreadlineProvider>
    </QueryClientProvider>,
  );
}

describe('Artifact.Root against the simulator', () => {
  test('loads the table artifact and shows it as a sortable table', async () => {
    const { client, threadId, artifactIds } = await answeredThread();
    expect(artifactIds).toHaveLength(2);
    renderArtifact(client, threadId, artifactIds[0] ?? '');

    const root = screen.getByTestId('artifact');
    expect(root.getAttribute('data-state')).toBe('loading');
    expect(root.querySelector('.tl-artifact-loading')?.textContent).toBe('Loading artifact…');
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(root.getAttribute('data-kind')).toBe('table');
    expect(root.getAttribute('aria-busy')).toBeNull();
    const table = within(root).getByRole('table', { name: 'NVIDIA data-center revenue by quarter' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Quarter', 'Revenue (USD bn)', 'YoY growth (%)']);
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  });

  test('loads the chart artifact and draws a recharts line chart named by a summary, with its data behind "Show data"', async () => {
    const { client, threadId, artifactIds } = await answeredThread();
    renderArtifact(client, threadId, artifactIds[1] ?? '');

    const root = screen.getByTestId('artifact');
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(root.getAttribute('data-kind')).toBe('chart');
    expect(root.querySelector('figcaption')?.textContent).toBe('NVIDIA data-center revenue growth, year over year');
    const chart = await within(root).findByRole('img', {}, { timeout: 10_000 });
    expect(chart.getAttribute('aria-label')).toBe(
      'Line chart of YoY growth (%) by Fiscal quarter, 6 points, Q2 FY25 to Q3 FY26. YoY growth (%): lowest 56 (Q2 FY26), highest 154 (Q2 FY25).',
    );
    expect(chart.querySelectorAll('.recharts-line')).toHaveLength(1);

    fireEvent.click(within(root).getByRole('button', { name: 'Show data' }));
    const table = within(root).getByRole('table', { name: 'NVIDIA data-center revenue growth, year over year (data)' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Fiscal quarterYoY growth (%)',
      'Q2 FY25154',
      'Q3 FY25112',
      'Q4 FY2593',
      'Q1 FY2673',
      'Q2 FY2656',
      'Q3 FY2666',
    ]);
  });

  test('shows the error state with a retry button for a missing artifact, and retries on press', async () => {
    const { client, threadId } = await answeredThread();
    renderArtifact(client, threadId, 'no-such-artifact');

    const root = screen.getByTestId('artifact');
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('error'), { timeout: 5_000 });
    const alert = within(root).getByRole('alert');
    expect(alert.textContent).toContain('Could not load this artifact');
    const retry = within(alert).getByRole('button', { name: 'Retry' });

    const states: Array<string | null> = [];
    const observer = new MutationObserver(() => states.push(root.getAttribute('data-state')));
    observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
    fireEvent.click(retry);
    await waitFor(() => expect(states).toEqual(['loading', 'error']), { timeout: 5_000 });
    observer.disconnect();
    expect(within(root).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  test('goes from error to ready when a retry succeeds', async () => {
    let unavailable = false;
    // While `unavailable`, artifact reads ask the server for an id it does not have, so it answers a real 404.
    const fetchImpl: typeof fetch = (input, init) => {
      const url = String(input);
      return fetch(unavailable && url.includes('/artifacts/') ? `${url}-unavailable` : url, init);
    };
    const { client, threadId, artifactIds } = await answeredThread(fetchImpl);
    unavailable = true;
    renderArtifact(client, threadId, artifactIds[0] ?? '');

    const root = screen.getByTestId('artifact');
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('error'), { timeout: 5_000 });
    expect(root.getAttribute('data-kind')).toBeNull();
    expect(within(root).queryByRole('table')).toBeNull();

    unavailable = false;
    fireEvent.click(within(root).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(within(root).queryByRole('alert')).toBeNull();
    expect(within(root).getByRole('table', { name: 'NVIDIA data-center revenue by quarter' })).toBeTruthy();
  });

  test('fetches an artifact once per thread and id, however many roots show it', async () => {
    const artifactReads: string[] = [];
    const fetchImpl: typeof fetch = (input, init) => {
      if (String(input).includes('/artifacts/')) artifactReads.push(String(input));
      return fetch(input, init);
    };
    const { client, threadId, artifactIds } = await answeredThread(fetchImpl);
    const queryClient = new QueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <ThreadlineProvider client={client}>
          <Artifact.Root threadId={threadId} artifactId={artifactIds[0] ?? ''} data-testid="first" />
          <Artifact.Root threadId={threadId} artifactId={artifactIds[0] ?? ''} data-testid="second" />
          <Artifact.Root threadId={threadId} artifactId={artifactIds[1] ?? ''} data-testid="chart" />
        </ThreadlineProvider>
      </QueryClientProvider>,
    );

    for (const testId of ['first', 'second', 'chart']) {
      await waitFor(() => expect(screen.getByTestId(testId).getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    }
    expect(artifactReads).toHaveLength(2);
    expect(new Set(artifactReads).size).toBe(2);
  });
});

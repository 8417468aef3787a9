// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createBoostedApi, createThreadlineClient } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider } from '@threadline/headless/react';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { Artifact } from '@threadline/ui';

let simulator: RunningSimulator;
const clients: ThreadlineClient[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, delayMs: 0 });
});

afterEach(() => {
  cleanup();
  for (const client of clients.splice(0)) client.disconnectAll();
});

afterAll(() => simulator.close());

/** Streams the default scenario (two artifacts) to the end through a real client; returns its artifact ids. */
async function answeredThread() {
  const baseUrl = `${simulator.url}/boosted`;
  const client = createThreadlineClient();
  clients.push(client);
  const { threadId } = await createBoostedApi({ baseUrl }).createThread('artifacts');
  const controller = client.getController(threadId, { dialect: 'boosted', baseUrl });
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
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(root.getAttribute('data-kind')).toBe('table');
    const table = within(root).getByRole('table', { name: 'NVIDIA data-center revenue by quarter' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Quarter', 'Revenue (USD bn)', 'YoY growth (%)']);
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  });

  test('loads the chart artifact and draws an SVG line chart with a title and a description', async () => {
    const { client, threadId, artifactIds } = await answeredThread();
    renderArtifact(client, threadId, artifactIds[1] ?? '');

    const root = screen.getByTestId('artifact');
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(root.getAttribute('data-kind')).toBe('chart');
    expect(root.querySelector('figcaption')?.textContent).toBe('NVIDIA data-center revenue growth, year over year');
    const svg = within(root).getByRole('img');
    expect(svg.querySelector('title')?.textContent).toBe('NVIDIA data-center revenue growth, year over year');
    const description = svg.querySelector('desc')?.textContent ?? '';
    expect(description).toMatch(/^Line chart of YoY growth \(%\) by Fiscal quarter\./);
    expect(description).toContain('Q2 FY25 154');
    expect(description).toContain('Q3 FY26 66');
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    expect(svg.querySelectorAll('circle')).toHaveLength(6);
    const labelledBy = svg.getAttribute('aria-labelledby')?.split(' ') ?? [];
    expect(labelledBy.map((id) => document.getElementById(id)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
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
});

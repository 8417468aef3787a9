// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoostedApi, createThreadlineClient } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useArtifact } from '@threadline/headless/react';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await simulator?.close();
});

describe('useArtifact', () => {
  it('gives up at once on a 404 instead of retrying', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
    const baseUrl = `${simulator.url}/boosted`;
    const { threadId } = await createBoostedApi({ baseUrl }).createThread('artifacts');
    const requests: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      if (String(input).includes('/artifacts/')) requests.push(String(input));
      return fetch(input, init);
    };
    client = createThreadlineClient();
    client.getController(threadId, { dialect: 'boosted', baseUrl, fetch: countingFetch });
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <ThreadlineProvider client={client!}>{children}</ThreadlineProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => useArtifact(threadId, 'no-such-artifact'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 1000 });
    expect(result.current.error).toMatchObject({ kind: 'http', status: 404 });
    expect(requests).toHaveLength(1);
  });
});

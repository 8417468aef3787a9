// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createThreadlineClient } from '@threadline/headless';
import type { ThreadlineClient } from '@threadline/headless';
import { ThreadlineProvider, useRun, useThreadStream } from '@threadline/headless/react';
import type { ThreadStreamOptions } from '@threadline/headless/react';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { renderHookInRequestOrder } from './renderHookInRequestOrder';

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await simulator?.close();
  simulator = null;
});

async function setUp(delayMs = 0) {
  simulator = await startSimulator({ port: 0, delayMs });
  client = createThreadlineClient({ recoveryPollMs: 10 });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client!}>{children}</ThreadlineProvider>
    </QueryClientProvider>
  );
  return { url: simulator.url, wrapper, queryClient };
}

describe('useThreadStream in every dialect', () => {
  const plainConnections: Record<string, (url: string) => ThreadStreamOptions> = {
    assistants: (url) => ({ dialect: 'assistants', baseUrl: `${url}/assistants/scenario/plain/v1`, assistantId: 'asst_demo' }),
    teammate: (url) => ({ dialect: 'teammate', baseUrl: `${url}/teammate/scenario/plain/api/v2` }),
    chatkit: (url) => ({ dialect: 'chatkit', baseUrl: `${url}/chatkit/scenario/plain` }),
  };
  for (const [dialect, connection] of Object.entries(plainConnections)) {
    it(`${dialect}: requests a question before React renders it`, async () => {
      const { url, wrapper } = await setUp();
      const { order, result } = renderHookInRequestOrder(null, connection(url), wrapper);
      order.length = 0;
      await act(() => result.current.send('hello'));
      expect(order[0], order.join()).toBe('request');
      expect(order).toContain('render');
      await waitFor(() => expect(result.current.status).toBe('complete'));
    });
  }

  it('Assistants: the first send creates the thread, a pending tool call is answered through respond', async () => {
    const { url, wrapper } = await setUp();
    const { result } = renderHook(() => useThreadStream(null, { dialect: 'assistants', baseUrl: `${url}/assistants/scenario/tools/v1`, assistantId: 'asst_demo' }), { wrapper });
    expect(result.current.threadId).toBeNull();
    await act(() => result.current.send('Weather in Paris and Rome?'));
    await waitFor(() => expect(result.current.status).toBe('requires_action'));
    expect(result.current.threadId).toMatch(/^thread_/);
    const ids = result.current.pendingAction!.toolCallIds;
    await act(() => result.current.respond({ type: 'tool-outputs', outputs: ids.map((toolCallId) => ({ toolCallId, output: 'mild' })) }));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.pendingAction).toBeNull();
    expect(result.current.items.filter((item) => item.kind === 'tool_call').length).toBeGreaterThanOrEqual(3);
  });

  it('ChatKit: honours allow_cancel, shows notices and hands client effects to the latest callback', async () => {
    const { url, wrapper } = await setUp();
    const seen: string[] = [];
    const { result } = renderHook(
      ({ tag }) => useThreadStream(null, { dialect: 'chatkit', baseUrl: `${url}/chatkit/scenario/workflow`, onClientEffect: (effect) => seen.push(`${tag}:${effect.name}`) }),
      { wrapper, initialProps: { tag: 'first' } },
    );
    await act(() => result.current.send('Go'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.canCancel).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^first:/);
    expect(result.current.items.map((item) => item.kind)).toEqual(expect.arrayContaining(['workflow', 'widget', 'message']));
    expect(result.current.customAction).toBeTypeOf('function');
  });

  it('Teammate: a question pauses the run and respond goes on with the answer', async () => {
    const { url, wrapper } = await setUp();
    const { result } = renderHook(
      () => useThreadStream(null, { dialect: 'teammate', baseUrl: `${url}/teammate/scenario/question/api/v2`, settings: { human_in_the_loop: true } }),
      { wrapper },
    );
    await act(() => result.current.send('Ask me'));
    await waitFor(() => expect(result.current.pendingAction?.kind).toBe('question'));
    const question = result.current.pendingAction!.questions[0]!;
    await act(() => result.current.respond({ type: 'answer', answers: { [question.question]: question.options[0]!.label } }));
    await waitFor(() => expect(result.current.status).toBe('complete'));
  });

  it('keeps showing a new thread under its server id once the server named it', async () => {
    const { url, wrapper } = await setUp();
    const baseUrl = `${url}/chatkit/scenario/plain`;
    const first = renderHook(() => useThreadStream(null, { dialect: 'chatkit', baseUrl }), { wrapper });
    await act(() => first.result.current.send('Hello'));
    await waitFor(() => expect(first.result.current.status).toBe('complete'));
    const serverId = first.result.current.threadId!;
    const second = renderHook(() => useThreadStream(serverId, { dialect: 'chatkit', baseUrl }), { wrapper });
    expect(second.result.current.thread).toBe(first.result.current.thread);
    expect(second.result.current.items).toEqual(first.result.current.items);
  });
});

describe('useThreadStream with dialect auto', () => {
  it('reads a stream in whatever dialect it speaks, recognised from the first frames, and is read-only', async () => {
    // Paced so the run is still going when the stream is joined (a finished run answers 409).
    const { url, wrapper } = await setUp(10);
    const api = `${url}/teammate/scenario/plain/api/v2`;
    const run = await fetch(`${api}/runs/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Hi', stream: false }) }).then((response) => response.json());
    const { result } = renderHook(() => useThreadStream(null, { dialect: 'auto', baseUrl: `${api}/runs/${run.id}/stream` }), { wrapper });
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.thread?.dialect).toBe('teammate');
    expect(result.current.run?.id).toBe(String(run.id));
    expect(result.current.items.some((item) => item.kind === 'message' && item.role === 'assistant')).toBe(true);
    await expect(result.current.send('more')).rejects.toThrow(/read-only/);
  });
});

describe('useRun', () => {
  it('streams a run: live text, run id, tool calls, metrics, stop reason; reply keeps the run id', async () => {
    const { url, wrapper } = await setUp();
    const { result } = renderHook(() => useRun({ dialect: 'teammate', baseUrl: `${url}/teammate/scenario/tools/api/v2` }), { wrapper });
    await act(() => result.current.start('Use the tools'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    const runId = result.current.runId;
    expect(runId).toMatch(/^\d+$/);
    expect(result.current.text.length).toBeGreaterThan(20);
    expect(result.current.toolCalls.length).toBeGreaterThanOrEqual(3);
    expect(result.current.metrics).toMatchObject({ executionTimeMs: expect.any(Number) });
    expect(result.current.stopReason).toBe('end_turn');

    await act(() => result.current.reply('Thanks, and one more thing'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.runId).toBe(runId);
    expect(result.current.items.filter((item) => item.kind === 'message' && item.role === 'user')).toHaveLength(2);
  });

  it('with stream: false polls the run to its end through react-query', async () => {
    const { url, wrapper, queryClient } = await setUp();
    const { result } = renderHook(() => useRun({ dialect: 'teammate', baseUrl: `${url}/teammate/scenario/plain/api/v2`, stream: false }), { wrapper });
    await act(() => result.current.start('Poll it'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.text.length).toBeGreaterThan(20);
    expect(result.current.connection).not.toBe('open');
    expect(queryClient.getQueryCache().find({ queryKey: ['threadline', 'teammate', 'runs', result.current.runId] })).toBeDefined();
  });

  it('start after a finished run begins a new run in a fresh thread', async () => {
    const { url, wrapper } = await setUp();
    const { result } = renderHook(() => useRun({ dialect: 'teammate', baseUrl: `${url}/teammate/scenario/plain/api/v2` }), { wrapper });
    await act(() => result.current.start('One'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    const first = result.current.runId;
    await act(() => result.current.start('Two'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.runId).not.toBe(first);
    expect(result.current.items.filter((item) => item.kind === 'message' && item.role === 'user')).toHaveLength(1);
  });

  it('cancel and detach are different verbs: detach leaves the run going on the server', async () => {
    const { url, wrapper } = await setUp(5);
    const baseUrl = `${url}/teammate/scenario/cancel/api/v2`;
    const { result } = renderHook(() => useRun({ dialect: 'teammate', baseUrl }), { wrapper });
    await act(() => result.current.start('Long'));
    await waitFor(() => expect(result.current.text.length).toBeGreaterThan(10));
    act(() => result.current.detach());
    expect(result.current.connection).toBe('closed');
    const runId = result.current.runId!;
    const running = await fetch(`${baseUrl}/runs/${runId}`).then((response) => response.json());
    expect(running.status).toBe('running');
    await act(() => result.current.cancel());
    const cancelled = await fetch(`${baseUrl}/runs/${runId}`).then((response) => response.json());
    expect(cancelled.status).toBe('cancelled');
    await waitFor(() => expect(result.current.status).toBe('cancelled'));
  });
});

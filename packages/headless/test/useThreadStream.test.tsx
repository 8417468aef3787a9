// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoostedApi, createThreadlineClient, messageText } from '@threadline/headless';
import type { FrameScheduler, MessageItem, ThreadlineClient, ThreadlineClientOptions } from '@threadline/headless';
import { ThreadlineProvider, useThreadStream } from '@threadline/headless/react';
import type { ThreadStreamOptions } from '@threadline/headless/react';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator, SimulatorOptions } from '@threadline/simulator';
import { renderHookInRequestOrder } from './renderHookInRequestOrder';

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await simulator?.close();
  simulator = null;
});

async function setUp(scenario?: string, options: SimulatorOptions = {}, clientOptions: ThreadlineClientOptions = {}) {
  simulator = await startSimulator({ port: 0, delayMs: 0, ...options });
  const baseUrl = scenario ? `${simulator.url}/boosted/scenario/${scenario}` : `${simulator.url}/boosted`;
  const headers = options.token ? { authorization: `Bearer ${options.token}` } : undefined;
  const { threadId } = await createBoostedApi({ baseUrl, headers }).createThread('test');
  client = createThreadlineClient({ reconnectDelayMs: 10, recoveryPollMs: 50, ...clientOptions });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ThreadlineProvider client={client!}>{children}</ThreadlineProvider>
    </QueryClientProvider>
  );
  return { baseUrl, threadId, wrapper, api: createBoostedApi({ baseUrl, headers }) };
}

/** Animation frames that come only when a test runs them. */
function createManualFrames() {
  let callbacks: Array<(frameTime?: number) => void> = [];
  let frame = 0;
  const schedule: FrameScheduler = (callback) => {
    callbacks.push(callback);
    return () => {
      callbacks = callbacks.filter((queued) => queued !== callback);
    };
  };
  const run = () => {
    const due = callbacks;
    callbacks = [];
    frame += 1;
    for (const callback of due) callback(frame);
  };
  return { schedule, run };
}

function assistant(items: readonly unknown[]): MessageItem {
  const found = (items as MessageItem[]).filter((item) => item.kind === 'message' && item.role === 'assistant').at(-1);
  if (!found) throw new Error('no assistant message yet');
  return found;
}

describe('useThreadStream against the simulator', () => {
  it('opens the stream before posting and streams the answer with progress, citations and artifacts', async () => {
    const { baseUrl, threadId, wrapper } = await setUp();
    const { result } = renderHook(() => useThreadStream(threadId, { dialect: 'boosted', baseUrl }), { wrapper });
    await waitFor(() => expect(result.current.connection).toBe('open'));
    await act(() => result.current.send('Show NVIDIA data-center revenue with sources'));
    await waitFor(() => expect(result.current.status).toBe('complete'));

    const answer = assistant(result.current.items);
    expect(result.current.items[0]).toMatchObject({ role: 'user', parts: [{ type: 'text', text: 'Show NVIDIA data-center revenue with sources' }] });
    expect(answer.status).toBe('complete');
    expect(answer.citations.map((citation) => citation.type).sort()).toEqual(['document', 'fiscal_quarter_earnings', 'news_article', 'news_development', 'variable', 'web']);
    expect(answer.parts.filter((part) => part.type === 'artifact')).toHaveLength(2);
    expect(result.current.progress.length).toBeGreaterThan(0);
    expect(result.current.error).toBeNull();
    expect(result.current.connection).toBe('open');
  });

  it('cancels the running task: the message ends cancelled and the stream stays open', async () => {
    const { baseUrl, threadId, wrapper } = await setUp('cancel', { delayMs: 5 });
    const { result } = renderHook(() => useThreadStream(threadId, { dialect: 'boosted', baseUrl }), { wrapper });
    await act(() => result.current.send('a long answer'));
    await waitFor(() => expect(messageText(assistant(result.current.items)).length).toBeGreaterThan(20));
    await act(() => result.current.cancel());
    await waitFor(() => expect(result.current.status).toBe('cancelled'));
    expect(assistant(result.current.items).status).toBe('cancelled');
    expect(messageText(assistant(result.current.items))).toMatch(/User cancelled message$/);
    expect(result.current.connection).toBe('open');
  });

  it('reconciles through the progress endpoint when the stream closes before the thread is complete', async () => {
    const { baseUrl, threadId, wrapper, api } = await setUp('closed-early');
    const { result } = renderHook(() => useThreadStream(threadId, { dialect: 'boosted', baseUrl }), { wrapper });
    await act(() => result.current.send('drop the connection'));
    await waitFor(() => expect(result.current.status).toBe('complete'), { timeout: 10_000 });
    const truth = (await api.getLatestMessage(threadId))!;
    expect(truth.isUser).toBe(false);
    const answer = assistant(result.current.items);
    expect(messageText(answer)).toBe(truth.text);
    expect(answer.status).toBe('complete');
    expect(result.current.items.filter((item) => item.kind === 'message' && item.role === 'assistant')).toHaveLength(1);
  });

  it('detaches on unmount without cancelling the task', async () => {
    const { baseUrl, threadId, wrapper, api } = await setUp('cancel', { delayMs: 2 });
    const { result, unmount } = renderHook(() => useThreadStream(threadId, { dialect: 'boosted', baseUrl }), { wrapper });
    await act(() => result.current.send('a long answer'));
    await waitFor(() => expect(result.current.items.length).toBe(2));
    unmount();
    await waitFor(() => expect(client!.threadStore.store.getState().connections[threadId]).toBe('closed'));
    await waitFor(async () => expect((await api.getProgress(threadId))?.status).toBe('Complete'), { timeout: 15_000 });
    expect((await api.getLatestMessage(threadId))?.text).not.toContain('User cancelled message');
  });

  it('keeps a malformed frame as a protocol error while the answer completes', async () => {
    const { baseUrl, threadId, wrapper } = await setUp('malformed');
    const { result } = renderHook(() => useThreadStream(threadId, { dialect: 'boosted', baseUrl }), { wrapper });
    await act(() => result.current.send('hello'));
    await waitFor(() => expect(result.current.status).toBe('complete'));
    expect(result.current.error).toMatchObject({ kind: 'protocol', retryable: false });
    expect(assistant(result.current.items).status).toBe('complete');
  });

  it('surfaces a 401 as an auth error, and evaluates async headers for every connection', async () => {
    const { baseUrl, threadId, wrapper } = await setUp(undefined, { token: 'secret' });
    const denied = renderHook(() => useThreadStream(threadId, { dialect: 'boosted', baseUrl }), { wrapper });
    await waitFor(() => expect(denied.result.current.connection).toBe('failed'));
    expect(denied.result.current.error).toMatchObject({ kind: 'auth', retryable: false });
    denied.unmount();
    client!.disconnectAll();

    let calls = 0;
    const options: ThreadStreamOptions = {
      dialect: 'boosted',
      baseUrl,
      headers: async () => {
        calls += 1;
        return { authorization: 'Bearer secret' };
      },
    };
    const allowed = renderHook(() => useThreadStream(threadId, options), { wrapper });
    await act(() => allowed.result.current.send('plain hello'));
    await waitFor(() => expect(allowed.result.current.status).toBe('complete'));
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('shows isSending with the question, and a send that settles renders nothing until a frame flushes', async () => {
    const frames = createManualFrames();
    let hold: Promise<void> | null = null;
    const headers = async () => {
      await hold;
      return {};
    };
    const { baseUrl, threadId, wrapper } = await setUp(undefined, {}, { scheduleFrame: frames.schedule });
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders += 1;
        return useThreadStream(threadId, { dialect: 'boosted', baseUrl, headers });
      },
      { wrapper },
    );
    await waitFor(() => {
      act(frames.run);
      expect(result.current.connection).toBe('open');
    });

    let release = () => {};
    hold = new Promise<void>((resolve) => (release = resolve));
    let sent: Promise<void> = Promise.resolve();
    act(() => {
      sent = result.current.send('hello');
    });
    // The question shows at once (a local action), and the request's state with it.
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(result.current.isSending).toBe(true);

    const rendersWhileSending = renders;
    release();
    await act(() => sent);
    expect(renders).toBe(rendersWhileSending);
    expect(result.current.isSending).toBe(true);
    // The first frame paints the question (shown from a task); the one after brings the rest.
    act(frames.run);
    act(frames.run);
    expect(result.current.isSending).toBe(false);
    expect(renders).toBe(rendersWhileSending + 1);
    expect(client!.threadStore.store.getState().activity[threadId]).toEqual({ sending: false, cancelling: false, responding: false });
  });
  it('requests a question before React renders it, with headers from a synchronous function', async () => {
    const { baseUrl, threadId, wrapper } = await setUp();
    const { order, result } = renderHookInRequestOrder(threadId, { dialect: 'boosted', baseUrl }, wrapper);
    await waitFor(() => expect(result.current.connection).toBe('open'));
    order.length = 0;
    await act(() => result.current.send('hello'));
    expect(order[0]).toBe('request');
    expect(order).toContain('render');
  });
});

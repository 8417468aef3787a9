import { afterEach, describe, expect, it } from 'vitest';
import { createChatKitApi, createThreadlineClient, messageText, selectItem, selectItems } from '@threadline/headless';
import type { ChatKitController, MessageItem, ThreadlineClient, ThreadState } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';
import { waitForThread } from './waitForThread';

let simulator: RunningSimulator | null = null;
let client: ThreadlineClient | null = null;
afterEach(async () => {
  client?.disconnectAll();
  await simulator?.close();
  simulator = null;
});

async function setUp(scenario: string, delayMs = 0) {
  simulator = await startSimulator({ port: 0, delayMs });
  client = createThreadlineClient();
  const effects: Array<{ name: string; data: Record<string, unknown> }> = [];
  const baseUrl = `${simulator.url}/chatkit/scenario/${scenario}`;
  const controller = client.getController('chat', { dialect: 'chatkit', baseUrl, onClientEffect: (effect) => effects.push(effect) }) as ChatKitController;
  return { client, controller, effects, baseUrl };
}

const messages = (thread: ThreadState) => selectItems(thread).filter((item): item is MessageItem => item.kind === 'message');
const settled = (thread: ThreadState) => !['running', 'queued', 'cancelling'].includes(thread.status);

describe('ChatKit controller against the simulator', () => {
  it('creates the thread, shows the echoed user message once, and takes the title the server sets', async () => {
    const { client, controller } = await setUp('plain');
    await controller.send('Hello');
    const thread = await waitForThread(client, 'chat', settled);
    expect(thread.status).toBe('complete');
    expect(thread.id).toMatch(/^thr_/);
    expect(thread.title).toBeTruthy();
    expect(messages(thread).map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(messageText(messages(thread)[0]!)).toBe('Hello');
    expect(thread.notices.length).toBeGreaterThan(0);

    await controller.send('Again');
    const next = await waitForThread(client, 'chat', (state) => settled(state) && messages(state).length === 4);
    expect(next.id).toBe(thread.id);
  });

  it('streams a workflow, a widget and a cited answer, and hands client effects to the app', async () => {
    const { client, controller, effects } = await setUp('workflow');
    await controller.send('Research this');
    const thread = await waitForThread(client, 'chat', settled);
    const items = selectItems(thread);
    const workflow = items.find((item) => item.kind === 'workflow');
    expect(workflow).toMatchObject({ status: 'complete' });
    expect(workflow?.kind === 'workflow' && workflow.tasks.length).toBeGreaterThanOrEqual(3);
    const widget = items.find((item) => item.kind === 'widget');
    expect(widget).toMatchObject({ status: 'complete', root: { type: 'Card' } });
    expect(messages(thread).at(-1)?.citations).toHaveLength(3);
    expect(thread.progress.length).toBeGreaterThan(0);
    expect(effects.length).toBe(1);
  });

  it('waits on a client tool call and goes on once its output is posted', async () => {
    const { client, controller } = await setUp('client-tool');
    await controller.send('Which nodes are selected?');
    const paused = await waitForThread(client, 'chat', (state) => state.status === 'requires_action');
    expect(paused.pendingAction).toMatchObject({ kind: 'client_tool_call', toolName: expect.any(String) });
    const [toolCallId] = paused.pendingAction!.toolCallIds;
    await controller.respond({ type: 'tool-outputs', outputs: [{ toolCallId: toolCallId!, output: { nodes: ['n1', 'n2'] } }] });
    const thread = await waitForThread(client, 'chat', (state) => state.status === 'complete');
    expect(selectItem(thread, toolCallId!)).toMatchObject({ status: 'complete', result: '{"nodes":["n1","n2"]}' });
    expect(messageText(messages(thread).at(-1)!)).toContain('n1');
  });

  it('shows a retryable error, and retry answers the same user message again', async () => {
    const { client, controller } = await setUp('error-retry');
    await controller.send('Try me');
    const failed = await waitForThread(client, 'chat', settled);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ kind: 'server', retryable: true });
    await controller.retry();
    const thread = await waitForThread(client, 'chat', (state) => state.status === 'complete');
    expect(thread.error).toBeNull();
    expect(messages(thread).map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(messages(thread)[1]?.status).toBe('complete');
  });

  it('a guardrail error withdraws the partial answer and cannot be retried', async () => {
    const { client, controller } = await setUp('error');
    await controller.send('Say something forbidden');
    const thread = await waitForThread(client, 'chat', settled);
    expect(thread.error).toMatchObject({ kind: 'server', code: 'custom', retryable: false });
    expect(messages(thread).map((message) => message.role)).toEqual(['user']);
  });

  it('cancel stops reading: the partial answer is cancelled and the server keeps it', async () => {
    const { client, controller, baseUrl } = await setUp('cancel', 5);
    await controller.send('A long one');
    await waitForThread(client, 'chat', (state) => messages(state).some((message) => message.role === 'assistant' && messageText(message).length > 40));
    await controller.cancel();
    const thread = await waitForThread(client, 'chat', settled);
    expect(thread.status).toBe('cancelled');
    expect(messages(thread).at(-1)?.status).toBe('cancelled');
    await expect.poll(async () => {
      const stored = await createChatKitApi({ baseUrl }).listItems(thread.id!);
      return stored.data.map((item) => (item as { type: string }).type);
    }).toEqual(['user_message', 'assistant_message']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createThreadlineClient, messageText, selectItem, selectItems } from '@threadline/headless';
import type { MessageItem, ThreadlineClient, ThreadState, ToolCallItem } from '@threadline/headless';
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
  client = createThreadlineClient({ recoveryPollMs: 20 });
  const controller = client.getController('chat', {
    dialect: 'assistants',
    baseUrl: `${simulator.url}/assistants/scenario/${scenario}/v1`,
    assistantId: 'asst_test',
  });
  return { client, controller };
}

const answers = (thread: ThreadState) => selectItems(thread).filter((item): item is MessageItem => item.kind === 'message' && item.role === 'assistant');
const toolCalls = (thread: ThreadState) => selectItems(thread).filter((item): item is ToolCallItem => item.kind === 'tool_call');

describe('Assistants controller against the simulator', () => {
  it('creates the thread with the first message, streams the answer, and runs on the same thread next time', async () => {
    const { client, controller } = await setUp('plain');
    await controller.send('Hello there');
    let thread = await waitForThread(client, 'chat', (state) => state.status === 'complete');
    expect(thread.id).toMatch(/^thread_/);
    expect(thread.run?.id).toMatch(/^run_/);
    expect(thread.run?.usage).toMatchObject({ total_tokens: expect.any(Number) });
    expect(selectItems(thread)[0]).toMatchObject({ role: 'user', parts: [{ type: 'text', text: 'Hello there' }] });
    expect(messageText(answers(thread)[0]!).length).toBeGreaterThan(20);
    const firstThreadId = thread.id;

    await controller.send('And again');
    thread = await waitForThread(client, 'chat', (state) => state.status === 'complete' && answers(state).length === 2);
    expect(thread.id).toBe(firstThreadId);
    expect(client.resolveKey(firstThreadId!)).toBe('chat');
  });

  it('pauses on requires_action with the tool call ids, and goes on to the end after the outputs are submitted', async () => {
    const { client, controller } = await setUp('tools');
    await controller.send('What is the weather?');
    const paused = await waitForThread(client, 'chat', (state) => state.status === 'requires_action');
    const pending = paused.pendingAction;
    expect(pending?.kind).toBe('submit_tool_outputs');
    expect(pending?.toolCallIds).toHaveLength(2);
    for (const id of pending!.toolCallIds) expect(selectItem(paused, id)).toMatchObject({ kind: 'tool_call', status: 'requires_action' });
    expect(toolCalls(paused).every((call) => JSON.parse(call.arguments))).toBe(true);

    await controller.respond({ type: 'tool-outputs', outputs: pending!.toolCallIds.map((toolCallId) => ({ toolCallId, output: 'sunny, 22°C' })) });
    const done = await waitForThread(client, 'chat', (state) => state.status === 'complete');
    expect(done.pendingAction).toBeNull();
    for (const id of pending!.toolCallIds) expect(selectItem(done, id)).toMatchObject({ status: 'complete', result: 'sunny, 22°C' });
    const interpreter = toolCalls(done).find((call) => call.name === 'code_interpreter');
    expect(interpreter?.arguments.length).toBeGreaterThan(0);
    expect(interpreter?.outputs.some((part) => part.type === 'image')).toBe(true);
    const answer = answers(done).at(-1)!;
    expect(answer.parts[0]).toMatchObject({ type: 'image' });
    expect(answer.citations.some((citation) => citation.details.annotation === 'file_path')).toBe(true);
  });

  it('refuses a response the run did not ask for', async () => {
    const { controller } = await setUp('plain');
    await expect(controller.respond({ type: 'answer', answers: {} })).rejects.toThrow(/tool outputs/);
  });

  it('cancels a run mid-stream: the server stops it and the partial message ends cancelled', async () => {
    const { client, controller } = await setUp('cancel', 5);
    const sending = controller.send('Tell me a long story');
    await waitForThread(client, 'chat', (state) => answers(state).some((message) => messageText(message).length > 40));
    await controller.cancel();
    await sending;
    const thread = await waitForThread(client, 'chat', (state) => state.status === 'cancelled');
    expect(answers(thread)[0]?.status).toBe('cancelled');
    expect(thread.run?.status).toBe('cancelled');
  });

  it('detach leaves the run going; attaching again polls it to the end and reads the full answer once', async () => {
    const { client, controller } = await setUp('cancel', 2);
    const release = controller.attach();
    const sending = controller.send('A long one, please');
    const partial = await waitForThread(client, 'chat', (state) => answers(state).some((message) => messageText(message).length > 20));
    controller.detach();
    await sending;
    expect(client.threadStore.getThread('chat')?.status).toBe('running');
    const cut = messageText(answers(partial)[0]!);

    controller.attach();
    const done = await waitForThread(client, 'chat', (state) => state.status === 'complete', 15_000);
    const text = messageText(answers(done)[0]!);
    expect(answers(done)).toHaveLength(1);
    expect(text.startsWith(cut.slice(0, 20))).toBe(true);
    expect(text.length).toBeGreaterThan(cut.length);
    expect(text.split(cut.slice(0, 20)).length).toBe(2);
    release();
  }, 20_000);

  it("records a failed run with the server's error", async () => {
    const { client, controller } = await setUp('failed');
    await controller.send('Break, please');
    const thread = await waitForThread(client, 'chat', (state) => state.status === 'failed');
    expect(thread.error).toMatchObject({ kind: 'server', code: 'server_error' });
    expect(answers(thread)[0]?.status).toBe('error');
  });

  it('after an error event ends the stream, polls the run to its real end', async () => {
    const { client, controller } = await setUp('error');
    await controller.send('Trigger the error event');
    const thread = await waitForThread(client, 'chat', (state) => state.status !== 'running' && state.status !== 'queued');
    expect(thread.error).toMatchObject({ kind: 'server' });
    expect(['failed', 'complete']).toContain(thread.status);
  });

  it('a refused request fails the run and rejects send', async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0, token: 'secret' });
    client = createThreadlineClient();
    const controller = client.getController('chat', { dialect: 'assistants', baseUrl: `${simulator.url}/assistants/v1`, assistantId: 'asst_test' });
    await expect(controller.send('Hi')).rejects.toMatchObject({ kind: 'auth' });
    expect(client.threadStore.getThread('chat')).toMatchObject({ status: 'failed', error: { kind: 'auth' } });
  });
});

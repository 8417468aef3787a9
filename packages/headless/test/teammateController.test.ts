import { afterEach, describe, expect, it } from 'vitest';
import { createThreadlineClient, messageText, selectItems } from '@threadline/headless';
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

async function setUp(scenario: string, options: { delayMs?: number; stream?: boolean } = {}) {
  simulator = await startSimulator({ port: 0, delayMs: options.delayMs ?? 0 });
  client = createThreadlineClient({ recoveryPollMs: 10 });
  const controller = client.getController('run', {
    dialect: 'teammate',
    baseUrl: `${simulator.url}/teammate/scenario/${scenario}/api/v2`,
    settings: { human_in_the_loop: true },
    stream: options.stream,
  });
  return { client, controller, url: simulator.url };
}

const answerText = (thread: ThreadState) =>
  selectItems(thread)
    .filter((item): item is MessageItem => item.kind === 'message' && item.role === 'assistant')
    .map(messageText)
    .join('');
const ended = (thread: ThreadState) => ['complete', 'failed', 'cancelled'].includes(thread.status);

describe('Teammate controller against the simulator', () => {
  it('streams a run with its id, text, metrics and stop reason', async () => {
    const { client, controller } = await setUp('plain');
    await controller.send('Say hello');
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('complete');
    expect(thread.run).toMatchObject({ id: expect.stringMatching(/^\d+$/), stopReason: 'end_turn' });
    expect(thread.run?.metrics).toMatchObject({ executionTimeMs: expect.any(Number) });
    expect(answerText(thread).length).toBeGreaterThan(20);
  });

  it('reply continues the same run, and the new turn\'s items do not collide with the first turn\'s', async () => {
    const { client, controller } = await setUp('plain');
    await controller.send('First');
    const first = await waitForThread(client, 'run', ended);
    const firstText = answerText(first);
    await controller.send('Second');
    const second = await waitForThread(client, 'run', (state) => ended(state) && selectItems(state).length > selectItems(first).length + 1);
    expect(second.run?.id).toBe(first.run?.id);
    const messages = selectItems(second).filter((item): item is MessageItem => item.kind === 'message');
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(messageText(messages[1]!)).toBe(firstText);
    expect(messageText(messages[3]!).length).toBeGreaterThan(0);
  });

  it('streams tools in order with their arguments, results, reasoning and to-do list', async () => {
    const { client, controller } = await setUp('tools');
    await controller.send('Use your tools');
    const thread = await waitForThread(client, 'run', ended);
    const kinds = selectItems(thread).map((item) => item.kind);
    expect(kinds).toContain('reasoning');
    expect(kinds).toContain('workflow');
    const calls = selectItems(thread).filter((item): item is ToolCallItem => item.kind === 'tool_call');
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of calls) {
      expect(() => JSON.parse(call.arguments)).not.toThrow();
      expect(call.status).toBe('complete');
      expect(call.result).not.toBeNull();
    }
  });

  it('pauses on a question and goes on with the chosen answer', async () => {
    const { client, controller } = await setUp('question');
    await controller.send('Ask me something');
    const paused = await waitForThread(client, 'run', (state) => state.status === 'requires_action');
    const action = paused.pendingAction!;
    expect(action.kind).toBe('question');
    const [question] = action.questions;
    const choice = question!.options[1]!.label;
    await controller.respond({ type: 'answer', answers: { [question!.question]: choice } });
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('complete');
    expect(thread.pendingAction).toBeNull();
    expect(answerText(thread)).toContain(choice);
  });

  it('asks for a plan approval and executes the plan once approved', async () => {
    const { client, controller } = await setUp('plan');
    await controller.send('Plan it first');
    const paused = await waitForThread(client, 'run', (state) => state.status === 'requires_action');
    expect(paused.pendingAction).toMatchObject({ kind: 'plan_approval', questions: [{ header: 'Plan Approval' }] });
    expect(paused.pendingAction?.questions[0]?.question.length).toBeGreaterThan(10);
    await controller.respond({ type: 'plan', approve: true });
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('complete');
  });

  it('asks to approve a tool; a denial fails that tool call and the run goes on', async () => {
    const { client, controller } = await setUp('approval');
    await controller.send('Run the command');
    const paused = await waitForThread(client, 'run', (state) => state.status === 'requires_action');
    expect(paused.pendingAction).toMatchObject({ kind: 'approval', toolName: expect.any(String), requestId: expect.stringMatching(/^req_/) });
    await controller.respond({ type: 'approval', decision: 'deny', reason: 'not now' });
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('complete');
    const tool = selectItems(thread).find((item): item is ToolCallItem => item.kind === 'tool_call' && item.name === paused.pendingAction?.toolName);
    expect(tool?.result).toContain('denied');
    expect(answerText(thread).length).toBeGreaterThan(0);
  });

  it('records an error frame as a failed run with its code', async () => {
    const { client, controller } = await setUp('error');
    await controller.send('Fail please');
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('failed');
    expect(thread.error).toMatchObject({ kind: 'server', code: expect.any(String) });
  });

  it('cancels through the API: the stream ends with cancelled and the partial text is marked so', async () => {
    const { client, controller } = await setUp('cancel', { delayMs: 5 });
    const sending = controller.send('Long answer please');
    await waitForThread(client, 'run', (state) => answerText(state).length > 40);
    await controller.cancel();
    await sending;
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('cancelled');
    expect(selectItems(thread).find((item) => item.kind === 'message' && item.role === 'assistant')).toMatchObject({ status: 'cancelled' });
  });

  it('re-joins a detached run: the replay replaces what was shown, so no text appears twice', async () => {
    const { client, controller } = await setUp('cancel', { delayMs: 2 });
    const release = controller.attach();
    const sending = controller.send('Long answer please');
    const partial = await waitForThread(client, 'run', (state) => answerText(state).length > 60);
    controller.detach();
    await sending;
    const seen = answerText(partial);
    expect(client.threadStore.getThread('run')?.status).toBe('running');

    controller.attach();
    const thread = await waitForThread(client, 'run', ended, 20_000);
    const text = answerText(thread);
    expect(text.startsWith(seen)).toBe(true);
    expect(text.indexOf(seen.slice(0, 30), 1)).toBe(-1);
    expect(selectItems(thread).filter((item) => item.kind === 'message' && item.role === 'assistant')).toHaveLength(1);
    release();
  }, 25_000);

  it('with stream: false, starts the run and polls it to the end', async () => {
    const { client, controller } = await setUp('plain', { stream: false });
    await controller.send('Poll me');
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('complete');
    expect(thread.run?.id).toMatch(/^\d+$/);
    expect(answerText(thread).length).toBeGreaterThan(20);
    expect(client.threadStore.store.getState().connections.run ?? 'idle').not.toBe('open');
  });

  it('with stream: false, a question found while polling is answered and the run polled on', async () => {
    const { client, controller } = await setUp('question', { stream: false });
    await controller.send('Ask me');
    const paused = await waitForThread(client, 'run', (state) => state.status === 'requires_action');
    const question = paused.pendingAction!.questions[0]!;
    await controller.respond({ type: 'answer', answers: { [question.question]: question.options[0]!.label } });
    const thread = await waitForThread(client, 'run', ended);
    expect(thread.status).toBe('complete');
    expect(answerText(thread)).toContain(question.options[0]!.label);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator, teammateScenarioNames } from '../src/index';
import { collapseRepeats, getJson, postJson } from './jsonHttp';
import type { DecodedTeammateFrame } from './teammateHttp';
import { createTeammateRun, decodeTeammateFrames, hasFrame, runIdOf, teammateFrameTypes, teammateText } from './teammateHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(heartbeatMs?: number): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs: 0, ...(heartbeatMs === undefined ? {} : { heartbeatMs }) });
  return `${running.url}/teammate/api/v2`;
}

describe('Teammate scenarios', () => {
  it('plain streams metadata, text deltas without ids, run_metrics and done as data-only frames', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'hello');
    await stream.ended;

    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.events.every((event) => event.event === undefined)).toBe(true);
    const runId = runIdOf(stream.events);
    expect(Number.isInteger(runId)).toBe(true);
    expect(stream.events[0]?.data).toBe(`{"type": "metadata", "payload": {"run_id": ${runId}}}`);
    expect(collapseRepeats(teammateFrameTypes(stream.events))).toEqual(['metadata', 'text-delta', 'run_metrics', 'done']);
    const frames = decodeTeammateFrames(stream.events);
    expect(frames.filter((frame) => frame.type === 'text-delta').every((frame) => Object.keys(frame).join() === 'type,delta')).toBe(true);
    expect(Object.keys(frames.at(-2))).toEqual([
      'type',
      'execution_time_ms',
      'input_tokens_used',
      'output_tokens_used',
      'claude_token_cost_usd',
      'stop_reason',
      'completion_state',
    ]);
    expect(frames.at(-1)).toEqual({ type: 'done', stop_reason: 'end_turn' });
    expect(teammateText(stream.events)).toContain('**Login loop on Safari (high)**');
  });

  it('tools streams text blocks with ids, a reasoning block, three tool calls with JSON arguments, a streamed result and a todo-update', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Triage the inbox with your tools');
    await stream.ended;

    const frames = decodeTeammateFrames(stream.events);
    const types = collapseRepeats(teammateFrameTypes(stream.events));
    expect(types.slice(0, 8)).toEqual(['metadata', 'text-start', 'text-delta', 'text-end', 'reasoning-start', 'reasoning-delta', 'reasoning-end', 'tool-call-start']);
    expect(types.slice(-5)).toEqual(['text-start', 'text-delta', 'text-end', 'run_metrics', 'done']);
    expect(frames.filter((frame) => frame.type === 'text-start').map((frame) => frame.id)).toEqual(['txt_1', 'txt_2']);
    expect(frames.filter((frame) => frame.type === 'text-delta').every((frame) => /^txt_[12]$/.test(frame.id))).toBe(true);

    const starts = frames.filter((frame) => frame.type === 'tool-call-start');
    expect(starts.map((frame) => frame.toolName)).toEqual(['gmail_search', 'TodoWrite', 'linear_create_issue']);
    const callOf = (id: string): DecodedTeammateFrame[] => frames.filter((frame) => frame.toolCallId === id);
    const [search = [], todo = [], linear = []] = starts.map((start) => callOf(start.toolCallId));
    const joined = (call: DecodedTeammateFrame[], type: string) =>
      call
        .filter((frame) => frame.type === type)
        .map((frame) => frame.delta as string)
        .join('');
    expect(JSON.parse(joined(search, 'tool-call-delta'))).toEqual({ query: 'is:unread newer_than:1d label:support', max_results: 20 });
    expect(JSON.parse(joined(linear, 'tool-call-delta'))).toEqual({ title: 'Login loop on Safari', team: 'SUP', priority: 2 });
    expect(search.map((frame) => frame.type)).toContain('tool-result-start');
    expect(search.at(-1)).toEqual({ type: 'tool-result-end', toolCallId: starts[0].toolCallId, result: joined(search, 'tool-result-delta') });
    const todoUpdate = todo.find((frame) => frame.type === 'todo-update');
    expect(todoUpdate.todos).toEqual([
      { id: '1', content: 'File Linear bug for Safari login loop', status: 'in_progress' },
      { id: '2', content: 'File Linear bug for CSV export', status: 'pending' },
      { id: '3', content: 'Reply to pricing typo email', status: 'pending' },
    ]);
    expect(linear.at(-1).result).toEqual({ id: 'SUP-482', url: 'https://linear.app/acme/issue/SUP-482' });
    expect(starts[0].toolCallId).toMatch(/^toolu_01[A-Za-z0-9]{22}$/);
  });

  it('error sends text and a tool-call-start, then an error frame with its code and the [DONE] sentinel; the run fails', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'This will hit an error');
    await stream.ended;

    const frames = decodeTeammateFrames(stream.events);
    expect(collapseRepeats(teammateFrameTypes(stream.events))).toEqual(['metadata', 'text-delta', 'tool-call-start', 'error', '[DONE]']);
    expect(frames.at(-2)).toEqual({ type: 'error', error: 'API rate limit exceeded', error_code: 'rate_limited' });
    const run = await getJson(`${base}/runs/${runIdOf(stream.events)}`);
    expect(run).toMatchObject({ status: 'failed', error: 'API rate limit exceeded', error_code: 'rate_limited', retryable: true });
  });

  it('sandbox-failure ends the body after a terminal SANDBOX_UNAVAILABLE frame, with no done', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'sandbox please');
    await stream.ended;

    expect(teammateFrameTypes(stream.events)).toEqual(['metadata', 'SANDBOX_UNAVAILABLE']);
    expect(decodeTeammateFrames(stream.events)[1]).toEqual({ type: 'SANDBOX_UNAVAILABLE', error: expect.any(String) });
    expect(await getJson(`${base}/runs/${runIdOf(stream.events)}`)).toMatchObject({ status: 'failed', error_code: 'SANDBOX_UNAVAILABLE' });
  });

  it('keeps a paused stream open with keep-alive frames alternating with keep-alive comments', async () => {
    const base = await start(5);
    const stream = await createTeammateRun(base, 'Ask me a question', { human_in_the_loop: true });
    await stream.waitFor(hasFrame('awaiting_approval'));
    await stream.waitFor((events) => events.filter((event) => event.data === '{"type": "keep-alive"}').length >= 2 && stream.comments.length >= 2);
    expect(stream.comments.every((comment) => comment === 'keep-alive')).toBe(true);
    expect(await getJson(`${base}/runs/${runIdOf(stream.events)}`)).toMatchObject({ status: 'awaiting_approval' });
    await postJson(`${base}/runs/${runIdOf(stream.events)}/cancel`, {});
    await stream.ended;
  });

  it('picks the scenario from a path pin, then the header, then permission_mode, then keywords', async () => {
    const base = await start();
    const pinned = await createTeammateRun(`${running?.url}/teammate/scenario/error/api/v2`, 'hello', {}, { 'x-simulator-scenario': 'plain' });
    await pinned.ended;
    expect(teammateFrameTypes(pinned.events)).toContain('error');
    const header = await createTeammateRun(base, 'hello', {}, { 'x-simulator-scenario': 'sandbox-failure' });
    await header.ended;
    expect(teammateFrameTypes(header.events)).toContain('SANDBOX_UNAVAILABLE');
    const plan = await createTeammateRun(base, 'hello', { human_in_the_loop: true, permission_mode: 'plan' });
    await plan.waitFor(hasFrame('awaiting_approval'));
    expect(decodeTeammateFrames(plan.events).at(-1).tool_input.questions[0].header).toBe('Plan Approval');
    plan.close();
    const keyword = await createTeammateRun(base, 'run the tools');
    await keyword.ended;
    expect(teammateFrameTypes(keyword.events)).toContain('todo-update');
  });

  it('rejects an unknown scenario with 400 and an invalid body with 422', async () => {
    const base = await start();
    const unknown = await postJson(`${base}/runs`, { message: 'hi' }, { 'x-simulator-scenario': 'nope' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ detail: 'Unknown scenario "nope"', scenarios: [...teammateScenarioNames] });
    expect(teammateScenarioNames).toEqual(['plain', 'tools', 'question', 'approval', 'plan', 'error', 'sandbox-failure', 'cancel', 'long-answer']);
    const missing = await postJson(`${base}/runs/`, {});
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({ detail: [{ loc: ['body', 'message'], msg: 'Field required', type: 'missing' }] });
    const planWithoutHuman = await postJson(`${base}/runs/`, { message: 'hi', permission_mode: 'plan' });
    expect(planWithoutHuman.status).toBe(422);
    const questionWithoutHuman = await postJson(`${base}/runs/`, { message: 'ask me a question' });
    expect(questionWithoutHuman.status).toBe(422);
    expect((await getJson<{ data: unknown[] }>(`${base}/runs`)).data).toEqual([]);
  });
});

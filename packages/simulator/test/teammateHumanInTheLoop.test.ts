import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator, TeammatePermissionRequest } from '../src/index';
import { startSimulator } from '../src/index';
import { getJson, postJson } from './jsonHttp';
import { createTeammateRun, decodeTeammateFrames, hasFrame, runIdOf, teammateFrameTypes, teammateText } from './teammateHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs: 0 });
  return `${running.url}/teammate/api/v2`;
}

describe('Teammate human in the loop', () => {
  it('pauses on an AskUserQuestion, resumes after /answer and echoes the chosen option', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Ask me a question first', { human_in_the_loop: true });
    await stream.waitFor(hasFrame('awaiting_approval'));
    const runId = runIdOf(stream.events);
    const pause = decodeTeammateFrames(stream.events).at(-1);
    expect(Object.keys(pause)).toEqual(['type', 'request_id', 'tool_name', 'tool_input']);
    expect(pause.tool_name).toBe('AskUserQuestion');
    const [question] = pause.tool_input.questions;
    expect(Object.keys(question)).toEqual(['question', 'header', 'multiSelect', 'options']);
    expect(question.options.map((option: { label: string }) => option.label)).toEqual(['Friendly', 'Formal', 'Technical']);

    expect(await getJson(`${base}/runs/${runId}`)).toMatchObject({ status: 'awaiting_approval' });
    const pending = await getJson<TeammatePermissionRequest[]>(`${base}/runs/${runId}/permissions`);
    expect(pending).toEqual([
      expect.objectContaining({ request_id: pause.request_id, tool_name: 'AskUserQuestion', tool_input: pause.tool_input, status: 'pending', resolved_at: null, timeout_seconds: 55 }),
    ]);

    const answer = await postJson(`${base}/runs/${runId}/answer`, { answers: { [question.question]: 'Technical' }, request_id: pause.request_id });
    expect(await answer.json()).toEqual({ status: 'ok', resumed: true });
    await stream.ended;
    const frames = decodeTeammateFrames(stream.events);
    const resolvedIndex = frames.findIndex((frame) => frame.type === 'permission_resolved');
    expect(frames[resolvedIndex]).toEqual({ type: 'permission_resolved', request_id: pause.request_id, decision: 'answered' });
    expect(resolvedIndex).toBe(frames.findIndex((frame) => frame.type === 'awaiting_approval') + 1);
    expect(teammateText(stream.events)).toContain('Got it: **Technical**.');
    expect(teammateFrameTypes(stream.events).slice(-2)).toEqual(['run_metrics', 'done']);
    const resolved = await getJson<TeammatePermissionRequest[]>(`${base}/runs/${runId}/permissions`);
    expect(resolved[0]).toMatchObject({ status: 'resolved', resolved_at: expect.any(String), decision: 'answered' });
  });

  it('pauses a tool on a permission_request and runs it after /approve allows it', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Run the export job', { human_in_the_loop: true, permission_mode: 'approval' });
    await stream.waitFor(hasFrame('permission_request'));
    const runId = runIdOf(stream.events);
    const frames = decodeTeammateFrames(stream.events);
    const request = frames.at(-1);
    const toolCall = frames.find((frame) => frame.type === 'tool-call-start');
    expect(Object.keys(request)).toEqual(['type', 'request_id', 'tool_name', 'tool_input', 'consequence', 'can_remember']);
    expect(request).toMatchObject({ tool_name: 'Bash', can_remember: true, tool_input: { command: expect.stringContaining('npm run export') } });
    expect(frames.at(-2)).toEqual({ type: 'tool-call-end', toolCallId: toolCall.toolCallId });

    const approve = await postJson(`${base}/runs/${runId}/approve`, { request_id: request.request_id, decision: 'allow', remember: true });
    expect(await approve.json()).toMatchObject({ request_id: request.request_id, tool_name: 'Bash', status: 'resolved', tool_use_id: toolCall.toolCallId, resumed: true, remembered: true });
    await stream.ended;
    const after = decodeTeammateFrames(stream.events).slice(frames.length);
    expect(after[0]).toEqual({ type: 'permission_resolved', request_id: request.request_id, decision: 'allow' });
    expect(after[1]).toEqual({ type: 'tool-result-end', toolCallId: toolCall.toolCallId, result: 'Exported 10000 of 20000 rows; stopped at page limit 100.' });
    expect(teammateText(stream.events)).toContain('a page limit of 100');
    expect(teammateFrameTypes(stream.events).at(-1)).toBe('done');
  });

  it('returns an error result for a denied tool and acknowledges the denial in the text', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Run the export job', { human_in_the_loop: true, permission_mode: 'approval' });
    await stream.waitFor(hasFrame('permission_request'));
    const request = decodeTeammateFrames(stream.events).at(-1);
    await postJson(`${base}/runs/${runIdOf(stream.events)}/approve`, { request_id: request.request_id, decision: 'deny', remember: false, reason: 'not on staging' });
    await stream.ended;

    const frames = decodeTeammateFrames(stream.events);
    expect(frames.find((frame) => frame.type === 'permission_resolved')?.decision).toBe('deny');
    expect(frames.find((frame) => frame.type === 'tool-result-end')?.result).toEqual({
      is_error: true,
      error: 'Permission to run Bash was denied by the user: not on staging.',
    });
    expect(teammateText(stream.events)).toContain("Understood, I won't run it.");
  });

  it('plan mode revises the plan once for feedback and executes after "Approve"', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Clean up the support inbox', { human_in_the_loop: true, permission_mode: 'plan' });
    await stream.waitFor(hasFrame('awaiting_approval'));
    const runId = runIdOf(stream.events);
    const first = decodeTeammateFrames(stream.events).at(-1).tool_input.questions[0];
    expect(first).toMatchObject({ header: 'Plan Approval', question: expect.stringContaining('File a Linear issue for each bug') });
    expect(teammateFrameTypes(stream.events)).not.toContain('tool-call-start');

    await postJson(`${base}/runs/${runId}/answer`, { answers: { 'Plan Approval': 'Only file the high-priority bugs' } });
    await stream.waitFor((events) => teammateFrameTypes(events).filter((type) => type === 'awaiting_approval').length === 2);
    const second = decodeTeammateFrames(stream.events).at(-1).tool_input.questions[0];
    expect(second).toMatchObject({ header: 'Plan Approval', question: expect.stringContaining('only for high-priority bugs') });
    expect(teammateText(stream.events)).toContain('"Only file the high-priority bugs"');
    expect(teammateFrameTypes(stream.events)).not.toContain('tool-call-start');

    await postJson(`${base}/runs/${runId}/answer`, { answers: { 'Plan Approval': 'Approve' } });
    await stream.ended;
    expect(teammateFrameTypes(stream.events)).toContain('tool-call-start');
    expect(teammateText(stream.events)).toContain('Plan approved.');
    expect(await getJson(`${base}/runs/${runId}`)).toMatchObject({ status: 'completed' });
  });

  it('answers 409 to /answer and /approve unless the run is awaiting approval', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'hello', { human_in_the_loop: true });
    await stream.ended;
    const runId = runIdOf(stream.events);
    const answer = await postJson(`${base}/runs/${runId}/answer`, { answers: { anything: 'yes' } });
    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({ detail: `Run ${runId} is not awaiting input (status: completed)`, code: 'run_not_active' });
    const approve = await postJson(`${base}/runs/${runId}/approve`, { request_id: 'req_nope', decision: 'allow', remember: false });
    expect(approve.status).toBe(404);
    expect(await approve.json()).toMatchObject({ code: 'gate_not_found' });
  });

  it('cancels a paused run: the open stream gets cancelled and the request is settled', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Ask me a question', { human_in_the_loop: true });
    await stream.waitFor(hasFrame('awaiting_approval'));
    const runId = runIdOf(stream.events);
    expect(await (await postJson(`${base}/runs/${runId}/cancel`, {})).json()).toMatchObject({ status: 'cancelled' });
    await stream.ended;
    expect(teammateFrameTypes(stream.events).slice(-2)).toEqual(['awaiting_approval', 'cancelled']);
    const answer = await postJson(`${base}/runs/${runId}/answer`, { answers: { 'Reply tone': 'Formal' } });
    expect(answer.status).toBe(409);
    expect((await getJson<TeammatePermissionRequest[]>(`${base}/runs/${runId}/permissions`))[0]).toMatchObject({ status: 'resolved', decision: 'cancelled' });
  });
});

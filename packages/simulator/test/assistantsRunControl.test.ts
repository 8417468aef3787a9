import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';
import type { AssistantsEvent } from './assistantsHttp';
import { assistantsEventNames, createThreadAndRun, decodeAssistantsEvents, streamedText } from './assistantsHttp';
import { collapseRepeats, getJson, postJson, streamPost } from './jsonHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(delayMs = 0): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs });
  return `${running.url}/assistants/v1`;
}

/** Runs the tools scenario to requires_action; resolves with the thread id, run id and call ids. */
async function runToRequiresAction(base: string): Promise<{ threadId: string; runId: string; callIds: string[] }> {
  const stream = await createThreadAndRun(base, 'Quote two stocks with a tool');
  await stream.ended;
  const run = decodeAssistantsEvents(stream.events).find((event) => event.event === 'thread.run.requires_action')?.data;
  const callIds = (run.required_action.submit_tool_outputs.tool_calls as { id: string }[]).map((call) => call.id);
  return { threadId: run.thread_id, runId: run.id, callIds };
}

function find(events: AssistantsEvent[], name: string): AssistantsEvent['data'] {
  return events.find((event) => event.event === name)?.data;
}

describe('Assistants run control', () => {
  it('continues after submit_tool_outputs with the filled step, code interpreter, an image and a file_path link', async () => {
    const base = await start();
    const { threadId, runId, callIds } = await runToRequiresAction(base);
    const tool_outputs = callIds.map((tool_call_id, index) => ({ tool_call_id, output: `{"price":${index + 1}}` }));
    const stream = await streamPost(`${base}/threads/${threadId}/runs/${runId}/submit_tool_outputs`, { tool_outputs, stream: true });
    await stream.ended;

    expect(collapseRepeats(assistantsEventNames(stream.events))).toEqual([
      'thread.run.step.completed',
      'thread.run.queued',
      'thread.run.in_progress',
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.run.step.delta',
      'thread.run.step.completed',
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.message.created',
      'thread.message.in_progress',
      'thread.message.delta',
      'thread.message.completed',
      'thread.run.step.completed',
      'thread.run.completed',
      'done',
    ]);
    const events = decodeAssistantsEvents(stream.events);
    const functionStep = events[0]?.data;
    expect(functionStep.step_details.tool_calls.map((call: { id: string; function: { output: string } }) => [call.id, call.function.output])).toEqual([
      [callIds[0], '{"price":1}'],
      [callIds[1], '{"price":2}'],
    ]);
    expect(functionStep.usage).toEqual(expect.objectContaining({ total_tokens: expect.any(Number) }));
    expect(events[1]?.data).toMatchObject({ id: runId, status: 'queued', required_action: null });

    const codeCalls = events.filter((event) => event.event === 'thread.run.step.delta').map((event) => event.data.delta.step_details.tool_calls[0]);
    expect(codeCalls[0]).toMatchObject({ index: 0, type: 'code_interpreter', code_interpreter: { input: '', outputs: [] } });
    const outputs = codeCalls.flatMap((call) => call.code_interpreter.outputs ?? []);
    expect(outputs.map((output: { index: number; type: string }) => [output.index, output.type])).toEqual([
      [0, 'logs'],
      [1, 'image'],
    ]);
    const codeStep = events.filter((event) => event.event === 'thread.run.step.completed')[1]?.data;
    const codeCall = codeStep.step_details.tool_calls[0];
    expect(codeCall.code_interpreter.input).toBe(codeCalls.map((call) => call.code_interpreter.input ?? '').join(''));
    const imageFileId = outputs[1].image.file_id as string;

    const messageDeltas = events.filter((event) => event.event === 'thread.message.delta').map((event) => event.data.delta.content[0]);
    expect(messageDeltas[0]).toEqual({ index: 0, type: 'image_file', image_file: { file_id: imageFileId } });
    expect(messageDeltas[1]).toMatchObject({ index: 1, type: 'text', text: { annotations: [] } });
    const linkDelta = messageDeltas.find((part) => part.text?.annotations?.length);
    expect(linkDelta.text.annotations[0]).toMatchObject({ index: 0, type: 'file_path', text: 'sandbox:/mnt/data/quotes.csv' });

    const message = find(events, 'thread.message.completed');
    expect(message.content[0]).toEqual({ type: 'image_file', image_file: { file_id: imageFileId } });
    const text = message.content[1].text;
    const [annotation] = text.annotations;
    expect(text.value.slice(annotation.start_index, annotation.end_index)).toBe('sandbox:/mnt/data/quotes.csv');
    expect(annotation.start_index).toBe(118);
    expect(find(events, 'thread.run.completed')).toMatchObject({ id: runId, status: 'completed' });
    expect(await getJson(`${base}/threads/${threadId}/runs/${runId}`)).toMatchObject({ status: 'completed' });
  });

  it('rejects tool outputs with the wrong call ids or for a run that does not require action', async () => {
    const base = await start();
    const { threadId, runId, callIds } = await runToRequiresAction(base);
    const url = `${base}/threads/${threadId}/runs/${runId}/submit_tool_outputs`;
    const partial = await postJson(url, { tool_outputs: [{ tool_call_id: callIds[0], output: 'x' }], stream: true });
    expect(partial.status).toBe(400);
    expect(await partial.json()).toEqual({ error: { message: expect.stringContaining('Expected tool outputs for call_ids'), type: 'invalid_request_error', param: 'tool_outputs', code: null } });

    const all = callIds.map((tool_call_id) => ({ tool_call_id, output: 'x' }));
    expect((await postJson(url, { tool_outputs: all })).status).toBe(200);
    const again = await postJson(url, { tool_outputs: all, stream: true });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/^Runs in status "(queued|in_progress|completed)" do not accept tool outputs\.$/);
  });

  it('cancels mid-stream: cancelling, the message incomplete with the streamed text, the step cancelled, the run cancelled, done', async () => {
    const base = await start(1);
    const stream = await createThreadAndRun(base, 'Tell me a long story');
    await stream.waitFor((events) => events.filter((event) => event.event === 'thread.message.delta').length >= 5);
    const [thread, run] = decodeAssistantsEvents(stream.events).map((event) => event.data);
    const cancel = await postJson(`${base}/threads/${thread.id}/runs/${run.id}/cancel`, {});
    expect(await cancel.json()).toMatchObject({ id: run.id, status: 'cancelling' });
    await stream.ended;

    const events = decodeAssistantsEvents(stream.events);
    expect(events.slice(-5).map((event) => event.event)).toEqual([
      'thread.run.cancelling',
      'thread.message.incomplete',
      'thread.run.step.cancelled',
      'thread.run.cancelled',
      'done',
    ]);
    const text = streamedText(stream.events);
    expect(text.split(/\s+/).length).toBeLessThan(300);
    expect(events.at(-4)?.data).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'run_cancelled' } });
    expect(events.at(-4)?.data.content[0].text.value).toBe(text);
    expect(events.at(-2)?.data).toMatchObject({ status: 'cancelled', cancelled_at: expect.any(Number), expires_at: null });
    expect(await getJson(`${base}/threads/${thread.id}/runs/${run.id}`)).toMatchObject({ status: 'cancelled' });
    const again = await postJson(`${base}/threads/${thread.id}/runs/${run.id}/cancel`, {});
    expect(again.status).toBe(400);
  });

  it('cancels a run waiting for tool outputs without a stream', async () => {
    const base = await start();
    const { threadId, runId } = await runToRequiresAction(base);
    const cancel = await postJson(`${base}/threads/${threadId}/runs/${runId}/cancel`, {});
    expect(await cancel.json()).toMatchObject({ status: 'cancelling' });
    expect(await getJson(`${base}/threads/${threadId}/runs/${runId}`)).toMatchObject({ status: 'cancelled', required_action: null });
    const next = await postJson(`${base}/threads/${threadId}/runs`, { assistant_id: 'asst_test', additional_messages: [{ role: 'user', content: 'hello' }] });
    expect(next.status).toBe(200);
  });

  it('answers stream: false with the queued Run JSON and plays the run in the background for polling', async () => {
    const base = await start();
    const thread = (await (await postJson(`${base}/threads`, {})).json()) as { id: string; object: string };
    expect(thread.object).toBe('thread');
    const response = await postJson(`${base}/threads/${thread.id}/runs`, {
      assistant_id: 'asst_test',
      additional_messages: [{ role: 'user', content: 'hello there' }],
    });
    const run = (await response.json()) as { id: string; status: string; thread_id: string };
    expect(run).toMatchObject({ status: 'queued', thread_id: thread.id });
    const busy = await postJson(`${base}/threads/${thread.id}/runs`, { assistant_id: 'asst_test', stream: true });
    expect(busy.status).toBe(400);
    expect(((await busy.json()) as { error: { message: string } }).error.message).toBe(`Thread ${thread.id} already has an active run ${run.id}.`);

    let status = run.status;
    for (let attempt = 0; attempt < 200 && status !== 'completed'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      status = (await getJson<{ status: string }>(`${base}/threads/${thread.id}/runs/${run.id}`)).status;
    }
    expect(status).toBe('completed');
    const list = await getJson<{ object: string; data: { id: string; role: string; status: string }[]; first_id: string; last_id: string; has_more: boolean }>(
      `${base}/threads/${thread.id}/messages`,
    );
    expect(list.object).toBe('list');
    expect(list.data.map((message) => [message.role, message.status])).toEqual([
      ['assistant', 'completed'],
      ['user', 'completed'],
    ]);
    expect([list.first_id, list.last_id, list.has_more]).toEqual([list.data[0]?.id, list.data[1]?.id, false]);
    expect(await getJson(`${base}/threads/${thread.id}`)).toEqual(thread);
  });

  it('answers 404 for unknown threads and runs and 400 when assistant_id is missing', async () => {
    const base = await start();
    const missingThread = await fetch(`${base}/threads/thread_nope/messages`);
    expect(missingThread.status).toBe(404);
    expect(await missingThread.json()).toEqual({ error: { message: "No thread found with id 'thread_nope'.", type: 'invalid_request_error', param: null, code: null } });
    const thread = (await (await postJson(`${base}/threads`, {})).json()) as { id: string };
    expect((await fetch(`${base}/threads/${thread.id}/runs/run_nope`)).status).toBe(404);
    const noAssistant = await postJson(`${base}/threads/runs`, { stream: true });
    expect(noAssistant.status).toBe(400);
    expect(await noAssistant.json()).toMatchObject({ error: { param: 'assistant_id', code: 'missing_required_parameter' } });
  });
});

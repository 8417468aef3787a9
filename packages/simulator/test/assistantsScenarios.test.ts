import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { assistantsScenarioNames, startSimulator } from '../src/index';
import { assistantsEventNames, createThreadAndRun, decodeAssistantsEvents, streamedText } from './assistantsHttp';
import { collapseRepeats, getJson, postJson } from './jsonHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs: 0 });
  return `${running.url}/assistants/v1`;
}

const base62 = (prefix: string, length = 24) => new RegExp(`^${prefix}[A-Za-z0-9]{${length}}$`);

describe('Assistants scenarios', () => {
  it('plain streams thread.created, the run lifecycle, one message of 40 to 80 deltas and done, then ends the body', async () => {
    const base = await start();
    const stream = await createThreadAndRun(base, 'hello');
    await stream.ended;

    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(collapseRepeats(assistantsEventNames(stream.events))).toEqual([
      'thread.created',
      'thread.run.created',
      'thread.run.queued',
      'thread.run.in_progress',
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
    const deltas = events.filter((event) => event.event === 'thread.message.delta');
    expect(deltas.length).toBeGreaterThanOrEqual(40);
    expect(deltas.length).toBeLessThanOrEqual(80);
    expect(deltas[0]?.data.delta.content[0].text).toEqual({ value: expect.any(String), annotations: [] });
    expect(deltas[1]?.data.delta.content[0].text).toEqual({ value: expect.any(String) });

    const [thread, created] = [events[0]?.data, events[1]?.data];
    expect(thread.id).toMatch(base62('thread_'));
    expect(created).toMatchObject({ id: expect.stringMatching(base62('run_')), thread_id: thread.id, status: 'queued', usage: null });
    const completedMessage = events.find((event) => event.event === 'thread.message.completed')?.data;
    expect(completedMessage.id).toMatch(base62('msg_'));
    expect(completedMessage.content).toEqual([{ type: 'text', text: { value: streamedText(stream.events), annotations: [] } }]);
    const step = events.find((event) => event.event === 'thread.run.step.completed')?.data;
    expect(step.id).toMatch(base62('step_'));
    expect(step.usage.total_tokens).toBe(step.usage.prompt_tokens + step.usage.completion_tokens);
    const run = events.find((event) => event.event === 'thread.run.completed')?.data;
    expect(run).toMatchObject({ status: 'completed', expires_at: null, completed_at: expect.any(Number), usage: { completion_tokens: deltas.length } });
    expect(events.at(-1)).toEqual({ event: 'done', data: '[DONE]' });
  });

  it('tools streams two function calls whose arguments arrive by index, then requires_action and done', async () => {
    const base = await start();
    const stream = await createThreadAndRun(base, 'Quote AAPL and MSFT with a tool');
    await stream.ended;

    expect(collapseRepeats(assistantsEventNames(stream.events)).slice(-5)).toEqual([
      'thread.run.step.created',
      'thread.run.step.in_progress',
      'thread.run.step.delta',
      'thread.run.requires_action',
      'done',
    ]);
    const events = decodeAssistantsEvents(stream.events);
    expect(events.find((event) => event.event === 'thread.run.step.created')?.data.step_details).toEqual({ type: 'tool_calls', tool_calls: [] });
    const calls = events.filter((event) => event.event === 'thread.run.step.delta').flatMap((event) => event.data.delta.step_details.tool_calls);
    expect(calls[0]).toEqual({ index: 0, id: expect.stringMatching(base62('call_')), type: 'function', function: { name: 'get_stock_quote', arguments: '', output: null } });
    const argumentsByIndex = [0, 1].map((index) =>
      calls
        .filter((call) => call.index === index)
        .map((call) => call.function.arguments)
        .join(''),
    );
    expect(argumentsByIndex).toEqual(['{"symbol":"AAPL"}', '{"symbol":"MSFT"}']);
    const run = events.find((event) => event.event === 'thread.run.requires_action')?.data;
    expect(run).toMatchObject({ status: 'requires_action', usage: null });
    expect(run.required_action.submit_tool_outputs.tool_calls).toEqual(
      calls.filter((call) => call.id).map((call, index) => ({ id: call.id, type: 'function', function: { name: 'get_stock_quote', arguments: argumentsByIndex[index] } })),
    );
  });

  it('file-search runs a file_search step, then cites two files with markers whose offsets point into the final text', async () => {
    const base = await start();
    const stream = await createThreadAndRun(base, 'Search my files for the Q3 numbers');
    await stream.ended;

    const events = decodeAssistantsEvents(stream.events);
    const searchDelta = events.find((event) => event.event === 'thread.run.step.delta')?.data.delta.step_details.tool_calls[0];
    expect(searchDelta).toMatchObject({ index: 0, type: 'file_search', file_search: { results: [] } });
    const searchStep = events.find((event) => event.event === 'thread.run.step.completed')?.data;
    const results = searchStep.step_details.tool_calls[0].file_search.results as { file_id: string; file_name: string }[];
    expect(results.map((result) => result.file_name)).toEqual(['q3_report.txt', 'pricing_faq.txt']);
    expect(results[0]?.file_id).toMatch(base62('file-', 22));

    const citationDeltas = events
      .filter((event) => event.event === 'thread.message.delta')
      .map((event) => event.data.delta.content[0].text)
      .filter((text) => text.annotations?.length);
    expect(citationDeltas.map((text) => text.value)).toEqual(['【4:0†q3_report.txt】', '【4:1†pricing_faq.txt】']);
    expect(citationDeltas.map((text) => text.annotations[0].index)).toEqual([0, 1]);
    expect(citationDeltas[0].annotations[0].file_citation).toEqual({ file_id: results[0]?.file_id, quote: '' });

    const text = events.find((event) => event.event === 'thread.message.completed')?.data.content[0].text;
    expect(text.value).toBe(streamedText(stream.events));
    for (const annotation of text.annotations as { text: string; start_index: number; end_index: number; file_citation: object }[]) {
      expect(text.value.slice(annotation.start_index, annotation.end_index)).toBe(annotation.text);
      expect(Object.keys(annotation)).toEqual(['type', 'text', 'start_index', 'end_index', 'file_citation']);
      expect(Object.keys(annotation.file_citation)).toEqual(['file_id']);
    }
  });

  it('failed ends the partial message incomplete, fails the step and the run with server_error, then done', async () => {
    const base = await start();
    const stream = await createThreadAndRun(base, 'This run will fail');
    await stream.ended;

    const events = decodeAssistantsEvents(stream.events);
    expect(events.slice(-4).map((event) => event.event)).toEqual(['thread.message.incomplete', 'thread.run.step.failed', 'thread.run.failed', 'done']);
    const [message, step, run] = events.slice(-4).map((event) => event.data);
    expect(message).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'run_failed' } });
    expect(message.content[0].text.value).toBe(streamedText(stream.events));
    expect(step).toMatchObject({ status: 'failed', failed_at: expect.any(Number), last_error: { code: 'server_error' } });
    expect(run).toMatchObject({ status: 'failed', last_error: { code: 'server_error', message: 'Sorry, something went wrong.' }, expires_at: null });
  });

  it('error sends a partial message, then an error event, and ends the body without done', async () => {
    const base = await start();
    const stream = await createThreadAndRun(base, 'Trigger an error');
    await stream.ended;

    const events = decodeAssistantsEvents(stream.events);
    expect(events.at(-2)?.event).toBe('thread.message.delta');
    expect(stream.events.at(-1)?.event).toBe('error');
    expect(JSON.parse(stream.events.at(-1)?.data ?? '')).toEqual({
      code: 'server_error',
      message: 'The server had an error while processing your request. Sorry about that!',
      param: null,
      type: 'server_error',
    });
    const runId = events[1]?.data.id;
    const threadId = events[0]?.data.id;
    expect(await getJson(`${base}/threads/${threadId}/runs/${runId}`)).toMatchObject({ status: 'failed', last_error: { code: 'server_error' } });
  });

  it('incomplete ends the message with max_tokens and the run incomplete with max_completion_tokens', async () => {
    const base = await start();
    const stream = await createThreadAndRun(base, 'Write something incomplete');
    await stream.ended;

    const events = decodeAssistantsEvents(stream.events);
    expect(events.slice(-4).map((event) => event.event)).toEqual(['thread.message.incomplete', 'thread.run.step.completed', 'thread.run.incomplete', 'done']);
    expect(events.at(-4)?.data.incomplete_details).toEqual({ reason: 'max_tokens' });
    expect(events.at(-2)?.data).toMatchObject({ status: 'incomplete', incomplete_details: { reason: 'max_completion_tokens' }, usage: { total_tokens: expect.any(Number) } });
  });

  it('picks the scenario from a path pin, then the header, then message keywords', async () => {
    const base = await start();
    const root = `${running?.url}/assistants`;
    const pinned = await createThreadAndRun(`${root}/scenario/failed/v1`, 'use a tool', { 'x-simulator-scenario': 'plain' });
    await pinned.ended;
    expect(assistantsEventNames(pinned.events)).toContain('thread.run.failed');
    const byHeader = await createThreadAndRun(base, 'use a tool', { 'x-simulator-scenario': 'incomplete' });
    await byHeader.ended;
    expect(assistantsEventNames(byHeader.events)).toContain('thread.run.incomplete');
    const byKeyword = await createThreadAndRun(base, 'use a tool');
    await byKeyword.ended;
    expect(assistantsEventNames(byKeyword.events)).toContain('thread.run.requires_action');
  });

  it('answers 400 in the OpenAI error shape, with the scenario names, for an unknown scenario', async () => {
    const base = await start();
    const response = await postJson(`${base}/threads/runs`, { assistant_id: 'asst_test', stream: true }, { 'x-simulator-scenario': 'nope' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; type: string; param: null; code: string }; scenarios: string[] };
    expect(body.error).toEqual({ message: 'Unknown scenario "nope"', type: 'invalid_request_error', param: null, code: 'unknown_scenario' });
    expect(body.scenarios).toEqual([...assistantsScenarioNames]);
    expect(assistantsScenarioNames).toEqual(['plain', 'tools', 'file-search', 'failed', 'error', 'cancel', 'incomplete', 'long-answer']);
  });
});

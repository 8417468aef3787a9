import { afterEach, describe, expect, it } from 'vitest';
import type { ChatKitThread, RunningSimulator } from '../src/index';
import { chatkitScenarioNames, startSimulator } from '../src/index';
import { chatkitEventNames, chatkitJson, chatkitStream, chatkitText, decodeChatKitEvents, userInput } from './chatkitHttp';
import { collapseRepeats, postJson } from './jsonHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs: 0 });
  return `${running.url}/chatkit`;
}

const naiveTimestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;

async function createThread(url: string, text: string, headers: Record<string, string> = {}): Promise<{ threadId: string; userItemId: string }> {
  const stream = await chatkitStream(url, 'threads.create', { input: userInput(text) }, headers);
  await stream.ended;
  const [created, userItem] = decodeChatKitEvents(stream.events);
  return { threadId: created.thread.id, userItemId: userItem.item.id };
}

describe('ChatKit scenarios', () => {
  it('plain answers threads.create with the request prefix, a notice, a streamed message and a titled thread.updated', async () => {
    const url = await start();
    const stream = await chatkitStream(url, 'threads.create', { input: userInput('hello') });
    await stream.ended;

    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(collapseRepeats(chatkitEventNames(stream.events))).toEqual([
      'thread.created',
      'thread.item.done:user_message',
      'stream_options',
      'notice',
      'thread.item.added:assistant_message',
      'thread.item.updated:assistant_message.content_part.added',
      'thread.item.updated:assistant_message.content_part.text_delta',
      'thread.item.updated:assistant_message.content_part.done',
      'thread.item.done:assistant_message',
      'thread.updated',
    ]);
    const events = decodeChatKitEvents(stream.events);
    expect(stream.events[0]?.data).toMatch(/^\{"type":"thread\.created","thread":\{"id":"thr_[0-9a-f]{8}","created_at":"[^"]+","status":\{"type":"active"\},"metadata":\{\},"items":\{"data":\[\],"has_more":false\}\}\}$/);
    expect(events[0].thread.created_at).toMatch(naiveTimestamp);
    expect(events[1].item).toEqual({
      id: expect.stringMatching(/^msg_[0-9a-f]{8}$/),
      thread_id: events[0].thread.id,
      created_at: expect.stringMatching(naiveTimestamp),
      type: 'user_message',
      content: [{ type: 'input_text', text: 'hello' }],
      attachments: [],
      inference_options: {},
    });
    expect(events[2]).toEqual({ type: 'stream_options', stream_options: { allow_cancel: true } });
    expect(Object.keys(events[3])).toEqual(['type', 'level', 'message', 'title']);

    const deltas = events.filter((event) => event.update?.type === 'assistant_message.content_part.text_delta');
    expect(deltas.length).toBeGreaterThanOrEqual(40);
    expect(deltas.length).toBeLessThanOrEqual(90);
    const text = chatkitText(stream.events);
    expect(events.at(-3).update.content).toEqual({ annotations: [], text, type: 'output_text' });
    expect(events.at(-2).item).toMatchObject({ type: 'assistant_message', content: [{ annotations: [], text, type: 'output_text' }] });
    expect(Object.keys(events.at(-1).thread)).toEqual(['title', 'id', 'created_at', 'status', 'metadata', 'items']);
    expect(events.at(-1).thread.title).toBe('Roth vs traditional IRA');
  });

  it('workflow streams a workflow, a streaming widget, a client effect and a message whose three annotations arrive as the text reaches them', async () => {
    const url = await start();
    const stream = await chatkitStream(url, 'threads.create', { input: userInput('Compare the battery life of two phones') });
    await stream.ended;

    const names = collapseRepeats(chatkitEventNames(stream.events));
    expect(names.slice(3, 17)).toEqual([
      'progress_update',
      'thread.item.added:workflow',
      'thread.item.updated:workflow.task.updated',
      'thread.item.updated:workflow.task.added',
      'thread.item.updated:workflow.task.updated',
      'thread.item.updated:workflow.task.added',
      'thread.item.done:workflow',
      'thread.item.added:widget',
      'thread.item.updated:widget.streaming_text.value_delta',
      'thread.item.updated:widget.root.updated',
      'thread.item.done:widget',
      'client_effect',
      'thread.item.added:assistant_message',
      'thread.item.updated:assistant_message.content_part.added',
    ]);
    const events = decodeChatKitEvents(stream.events);
    const workflowAdded = events.find((event) => event.type === 'thread.item.added' && event.item.type === 'workflow').item;
    expect(workflowAdded.id).toMatch(/^wf_[0-9a-f]{8}$/);
    expect(workflowAdded.workflow).toEqual({ type: 'custom', tasks: [expect.objectContaining({ status_indicator: 'loading', type: 'custom' })], expanded: false });
    const taskUpdates = events.filter((event) => event.update?.type?.startsWith('workflow.task')).map((event) => event.update);
    expect(taskUpdates.map((update) => [update.type, update.task_index, update.task.type, update.task.status_indicator])).toEqual([
      ['workflow.task.updated', 0, 'custom', 'complete'],
      ['workflow.task.added', 1, 'web_search', 'loading'],
      ['workflow.task.updated', 1, 'web_search', 'complete'],
      ['workflow.task.added', 2, 'thought', 'complete'],
    ]);
    expect(taskUpdates[1].task.sources).toEqual([]);
    expect(taskUpdates[2].task.sources.map((source: { url: string }) => source.url)).toHaveLength(3);
    const workflowDone = events.find((event) => event.type === 'thread.item.done' && event.item.type === 'workflow').item.workflow;
    expect(workflowDone).toMatchObject({ summary: { duration: 9 }, expanded: false });
    expect(workflowDone.tasks.every((task: { status_indicator: string }) => task.status_indicator === 'complete')).toBe(true);

    const widgetAdded = events.find((event) => event.type === 'thread.item.added' && event.item.type === 'widget').item;
    expect(widgetAdded.widget.children[1]).toEqual({ id: 'summary', type: 'Text', value: '', streaming: true, color: 'secondary' });
    const valueDeltas = events.filter((event) => event.update?.type === 'widget.streaming_text.value_delta').map((event) => event.update);
    expect(valueDeltas.every((update) => update.component_id === 'summary' && update.done === false)).toBe(true);
    const root = events.find((event) => event.update?.type === 'widget.root.updated').update.widget;
    expect(root.children[1]).toMatchObject({ value: valueDeltas.map((update) => update.delta).join(''), streaming: false });
    const widgetDone = events.find((event) => event.type === 'thread.item.done' && event.item.type === 'widget').item;
    expect(widgetDone).toMatchObject({ id: widgetAdded.id, widget: root, copy_text: expect.any(String) });
    expect(events.find((event) => event.type === 'client_effect')).toEqual({ type: 'client_effect', name: 'open_panel', data: { panel: 'comparison' } });

    let streamedLength = 0;
    const announced: { index: number; streamedLength: number; annotation_index: number }[] = [];
    for (const event of events) {
      if (event.update?.type === 'assistant_message.content_part.text_delta') streamedLength += event.update.delta.length;
      if (event.update?.type === 'assistant_message.content_part.annotation_added') {
        announced.push({ index: event.update.annotation.index, streamedLength, annotation_index: event.update.annotation_index });
      }
    }
    expect(announced.map((entry) => entry.annotation_index)).toEqual([0, 1, 2]);
    expect(announced.every((entry) => entry.index <= entry.streamedLength)).toBe(true);
    expect(announced.map((entry) => entry.index)).toEqual([61, 106, 223]);
    const partDone = events.find((event) => event.update?.type === 'assistant_message.content_part.done').update.content;
    expect(partDone.annotations).toEqual([]);
    const messageDone = events.at(-1).item;
    expect(messageDone.content[0].annotations.map((annotation: { source: { type: string } }) => annotation.source.type)).toEqual(['url', 'url', 'url']);
  });

  it('client-tool ends with a pending client tool call, and the tool output continues with an answer that uses it', async () => {
    const url = await start();
    const first = await chatkitStream(url, 'threads.create', { input: userInput('Summarize the nodes I selected on the canvas') });
    await first.ended;
    const events = decodeChatKitEvents(first.events);
    expect(chatkitEventNames(first.events).slice(-2)).toEqual(['progress_update', 'thread.item.done:client_tool_call']);
    const call = events.at(-1).item;
    expect(Object.keys(call)).toEqual(['id', 'thread_id', 'created_at', 'type', 'status', 'call_id', 'name', 'arguments']);
    expect(call).toMatchObject({ id: expect.stringMatching(/^tc_[0-9a-f]{8}$/), status: 'pending', name: 'get_selected_nodes', arguments: { project: 'roadmap-q3' } });

    const threadId = events[0].thread.id;
    const result = { nodes: [{ id: 'n1', label: 'Q3 launch' }] };
    const second = await chatkitStream(url, 'threads.add_client_tool_output', { thread_id: threadId, result });
    await second.ended;
    expect(collapseRepeats(chatkitEventNames(second.events))[0]).toBe('stream_options');
    expect(chatkitEventNames(second.events).at(-1)).toBe('thread.item.done:assistant_message');
    expect(chatkitText(second.events)).toContain(JSON.stringify(result));

    const thread = await chatkitJson<ChatKitThread>(url, 'threads.get_by_id', { thread_id: threadId });
    expect(thread.items.data.find((item) => item.id === call.id)).toMatchObject({ status: 'completed', output: result });
    const again = await postJson(url, { type: 'threads.add_client_tool_output', params: { thread_id: threadId, result } });
    expect(again.status).toBe(400);
  });

  it('error removes the partial message and ends with a custom error that does not allow retry', async () => {
    const url = await start();
    const stream = await chatkitStream(url, 'threads.create', { input: userInput('Trip the guardrail with an error') });
    await stream.ended;
    const events = decodeChatKitEvents(stream.events);
    const messageId = events.find((event) => event.type === 'thread.item.added').item.id;
    expect(events.slice(-2)).toEqual([
      { type: 'thread.item.removed', item_id: messageId },
      { type: 'error', code: 'custom', message: 'The assistant response was blocked.', allow_retry: false },
    ]);
    const thread = await chatkitJson<ChatKitThread>(url, 'threads.get_by_id', { thread_id: events[0].thread.id });
    expect(thread.items.data.map((item) => item.type)).toEqual(['user_message']);
  });

  it('error-retry fails with a retryable stream.error, and retry_after_item streams a full answer', async () => {
    const url = await start();
    const { threadId, userItemId } = await createThread(url, 'Please retry this');
    const retry = await chatkitStream(url, 'threads.retry_after_item', { thread_id: threadId, item_id: userItemId });
    await retry.ended;
    expect(chatkitEventNames(retry.events)[0]).toBe('stream_options');
    expect(chatkitEventNames(retry.events)).not.toContain('error');
    expect(chatkitEventNames(retry.events)).toContain('thread.item.done:assistant_message');
    const thread = await chatkitJson<ChatKitThread>(url, 'threads.get_by_id', { thread_id: threadId });
    expect(thread.items.data.map((item) => item.type)).toEqual(['user_message', 'assistant_message']);
  });

  it('error-retry ends its first answer with exactly a stream.error event', async () => {
    const url = await start();
    const stream = await chatkitStream(url, 'threads.create', { input: userInput('hello') }, { 'x-simulator-scenario': 'error-retry' });
    await stream.ended;
    expect(decodeChatKitEvents(stream.events).at(-1)).toEqual({ type: 'error', code: 'stream.error', allow_retry: true });
    expect(chatkitText(stream.events).length).toBeGreaterThan(0);
  });

  it('custom_action on a widget streams an acknowledgement of the payload; on any other item a stream.error', async () => {
    const url = await start();
    const created = await chatkitStream(`${url}/scenario/workflow`, 'threads.create', { input: userInput('hello') });
    await created.ended;
    const events = decodeChatKitEvents(created.events);
    const threadId = events[0].thread.id;
    const widgetId = events.find((event) => event.type === 'thread.item.done' && event.item.type === 'widget').item.id;
    const action = { type: 'comparison.save', payload: { comparison_id: 'cmp_91f2' } };
    const acted = await chatkitStream(url, 'threads.custom_action', { thread_id: threadId, item_id: widgetId, action });
    await acted.ended;
    expect(chatkitEventNames(acted.events)[0]).toBe('stream_options');
    expect(chatkitText(acted.events)).toBe('Done: I handled **comparison.save** with payload `{"comparison_id":"cmp_91f2"}`.');

    const refused = await chatkitStream(url, 'threads.custom_action', { thread_id: threadId, item_id: events[1].item.id, action });
    await refused.ended;
    expect(decodeChatKitEvents(refused.events)).toEqual([
      { type: 'stream_options', stream_options: { allow_cancel: true } },
      { type: 'error', code: 'stream.error', allow_retry: false },
    ]);
    expect(chatkitScenarioNames).toEqual(['plain', 'workflow', 'client-tool', 'error', 'error-retry', 'cancel', 'long-answer', 'thousand-messages', 'hostile-content']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { ThreadEvent } from '@threadline/headless';
import { createChatKitDecoder } from '../src/dialects/chatkit/createChatKitDecoder';

interface Decoded {
  events: ThreadEvent[];
  finished: ThreadEvent[];
  warnings: string[];
}

function decodeFrames(frames: ReadonlyArray<object | string>): Decoded {
  const warnings: string[] = [];
  const decoder = createChatKitDecoder({ onWarning: (warning) => warnings.push(warning) });
  const events = frames.flatMap((frame) => decoder.decode({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) }));
  return { events, finished: decoder.finish(), warnings };
}

const base = (id: string, type: string) => ({ id, thread_id: 'thr_1', created_at: '2026-05-21T09:00:00.000001', type });
const added = (item: object) => ({ type: 'thread.item.added', item });
const done = (item: object) => ({ type: 'thread.item.done', item });
const updated = (itemId: string, update: object) => ({ type: 'thread.item.updated', item_id: itemId, update });
const output = (text: string, annotations: object[] = []) => ({ annotations, text, type: 'output_text' });
const urlAnnotation = (title: string, index?: number) => ({ type: 'annotation', source: { title, type: 'url', url: `https://example.com/${title}` }, ...(index === undefined ? {} : { index }) });

describe('ChatKit decoder on single frames', () => {
  it('never throws on missing, unknown or wrong-typed fields', () => {
    const frames = [
      '{}', '[]', 'null', '42', '"text"', '{"type": 5}', '{"type": "thread.created"}', '{"type": "thread.created", "thread": "x"}',
      '{"type": "thread.item.added"}', '{"type": "thread.item.added", "item": null}', '{"type": "thread.item.added", "item": {"type": "assistant_message"}}',
      '{"type": "thread.item.done", "item": {"id": "w", "type": "widget"}}', '{"type": "thread.item.done", "item": {"id": "c", "type": "client_tool_call", "arguments": 7}}',
      '{"type": "thread.item.added", "item": {"id": "m", "type": "assistant_message", "content": "oops"}}',
      '{"type": "thread.item.updated", "item_id": "m", "update": {"type": "assistant_message.content_part.text_delta", "content_index": -1, "delta": 4}}',
      '{"type": "thread.item.updated", "item_id": "m", "update": {"type": "assistant_message.content_part.annotation_added", "content_index": 2}}',
      '{"type": "thread.item.updated", "item_id": "m", "update": {"type": "assistant_message.content_part.done", "content_index": 0, "content": null}}',
      '{"type": "thread.item.updated", "item_id": 3, "update": []}', '{"type": "thread.item.removed"}', '{"type": "stream_options", "stream_options": {"allow_cancel": "yes"}}',
      '{"type": "progress_update"}', '{"type": "client_effect", "data": []}', '{"type": "notice", "level": 3}', '{"type": "error", "code": 500}',
      '{"type": "thread.item.done", "item": {"id": "wf", "type": "workflow", "workflow": {"tasks": "none", "summary": 9}}}',
      '{"type": "thread.item.done", "item": {"id": "s", "type": "structured_input", "status": "pending", "inputs": [null, {"type": "multiple_choice", "options": [5]}]}}',
    ];
    const decoder = createChatKitDecoder({ onWarning: () => {} });
    for (const data of frames) expect(() => decoder.decode({ data }), data).not.toThrow();
    expect(() => decoder.finish()).not.toThrow();
  });

  it('starts the run on the first frame only, and a body with no frames gives no events at all', () => {
    const { events } = decodeFrames([{ type: 'progress_update', text: 'One' }, { type: 'progress_update', text: 'Two' }]);
    expect(events).toEqual([{ type: 'run-start' }, { type: 'progress-add', text: 'One' }, { type: 'progress-add', text: 'Two' }]);
    expect(decodeFrames([]).finished).toEqual([]);
  });

  it('stays silent on end_of_turn and hidden context items, which are never shown', () => {
    const items = [base('e', 'end_of_turn'), { ...base('h', 'hidden_context_item'), content: { secret: 1 } }, { ...base('s', 'sdk_hidden_context'), content: 'The user cancelled.' }];
    const { events, finished, warnings } = decodeFrames([...items.map(added), ...items.map(done)]);
    expect(events).toEqual([{ type: 'run-start' }]);
    expect(finished).toEqual([{ type: 'run-end', status: 'complete' }]);
    expect(warnings).toEqual([]);
  });

  it('maps an error with no message to a default sentence, retryable as the server allows', () => {
    const { events, finished } = decodeFrames([{ type: 'error', code: 'stream.error', allow_retry: true }]);
    expect(events[1]).toEqual({ type: 'run-error', error: { kind: 'server', code: 'stream.error', message: 'Something went wrong while answering.', retryable: true } });
    expect(finished).toEqual([{ type: 'run-end', status: 'failed' }]);
  });

  it('records JSON that is not an object as a protocol error', () => {
    const { events, warnings } = decodeFrames(['[1, 2]']);
    expect(events[1]).toMatchObject({ type: 'run-error', error: { kind: 'protocol', code: null, retryable: false, message: 'Malformed ChatKit frame (the frame is not a JSON object): [1, 2]' } });
    expect(warnings).toHaveLength(1);
  });

  it('reads a notice of an unknown level as info, with no title when none is sent', () => {
    const { events } = decodeFrames([{ type: 'notice', level: 'critical', message: 'Heads up' }]);
    expect(events[1]).toEqual({ type: 'notice-add', notice: { level: 'info', message: 'Heads up', title: null } });
  });

  it('sets the final text of a part only when content_part.done differs from what streamed', () => {
    const { events } = decodeFrames([
      added({ ...base('m', 'assistant_message'), content: [] }),
      updated('m', { type: 'assistant_message.content_part.added', content_index: 0, content: output('') }),
      updated('m', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'Helo' }),
      updated('m', { type: 'assistant_message.content_part.done', content_index: 0, content: output('Hello') }),
      updated('m', { type: 'assistant_message.content_part.done', content_index: 0, content: output('Hello') }),
    ]);
    expect(events.slice(1)).toEqual([
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'part-add', messageId: 'm', partIndex: 0, part: { type: 'text', text: '' } },
      { type: 'text-delta', messageId: 'm', partIndex: 0, delta: 'Helo' },
      { type: 'part-add', messageId: 'm', partIndex: 0, part: { type: 'text', text: 'Hello' } },
    ]);
  });

  it('keeps the streamed citations when thread.item.done carries no annotations, and takes the final ones when it does', () => {
    const stream = [
      added({ ...base('m', 'assistant_message'), content: [] }),
      updated('m', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'Cited.' }),
      updated('m', { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: 0, annotation: urlAnnotation('a', 6) }),
    ];
    const kept = decodeFrames([...stream, done({ ...base('m', 'assistant_message'), content: [output('Cited.')] })]).events.at(-1);
    expect(kept).toEqual({ type: 'message-end', messageId: 'm', status: 'complete', parts: [{ type: 'text', text: 'Cited.' }] });
    const replaced = decodeFrames([...stream, done({ ...base('m', 'assistant_message'), content: [output('Cited.', [urlAnnotation('b', 2)])] })]).events.at(-1);
    expect(replaced).toMatchObject({ type: 'message-end', citations: [{ title: 'b', start: 2, end: 2, source: 'example.com' }] });
  });

  it('positions a streamed annotation of a later part after the text of the parts before it', () => {
    const { events } = decodeFrames([
      added({ ...base('m', 'assistant_message'), content: [output('First part. ')] }),
      updated('m', { type: 'assistant_message.content_part.text_delta', content_index: 1, delta: 'Second.' }),
      updated('m', { type: 'assistant_message.content_part.annotation_added', content_index: 1, annotation_index: 0, annotation: urlAnnotation('x', 7) }),
    ]);
    expect(events.slice(1, 3)).toEqual([
      { type: 'message-start', messageId: 'm', role: 'assistant' },
      { type: 'part-add', messageId: 'm', partIndex: 0, part: { type: 'text', text: 'First part. ' } },
    ]);
    expect(events[3]).toEqual({ type: 'text-delta', messageId: 'm', partIndex: 1, delta: 'Second.' });
    expect(events[4]).toMatchObject({ type: 'citation-add', citation: { start: 19, end: 19 } });
  });

  it('completes a client tool call with its output, as is when a string and as JSON otherwise, and ends the run', () => {
    const call = { ...base('tc_1', 'client_tool_call'), status: 'completed', call_id: 'call_1', name: 'lookup', arguments: { q: 'x' } };
    const text = decodeFrames([done({ ...call, output: 'plain text' })]);
    expect(text.events.slice(1)).toEqual([
      { type: 'tool-call-start', toolCallId: 'tc_1', name: 'lookup' },
      { type: 'tool-call-end', toolCallId: 'tc_1', arguments: '{"q":"x"}' },
      { type: 'tool-result-end', toolCallId: 'tc_1', result: 'plain text' },
    ]);
    expect(text.finished).toEqual([{ type: 'run-end', status: 'complete' }]);
    expect(decodeFrames([done({ ...call, output: { rows: [1] } })]).events.at(-1)).toEqual({ type: 'tool-result-end', toolCallId: 'tc_1', result: '{"rows":[1]}' });
    expect(decodeFrames([done(call)]).events.at(-1)).toEqual({ type: 'tool-result-end', toolCallId: 'tc_1', result: 'null' });
  });

  it('lets the run end once a pending client tool call is removed', () => {
    const call = { ...base('tc_1', 'client_tool_call'), status: 'pending', call_id: 'call_1', name: 'lookup', arguments: {} };
    expect(decodeFrames([done(call)]).finished).toEqual([]);
    expect(decodeFrames([done(call), { type: 'thread.item.removed', item_id: 'tc_1' }]).finished).toEqual([{ type: 'run-end', status: 'complete' }]);
  });

  it('ignores, with a warning, an update for an item that is not streaming or of another type', () => {
    const { events, warnings } = decodeFrames([
      done({ ...base('m', 'assistant_message'), content: [output('Done.')] }),
      updated('m', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: ' More.' }),
      added({ ...base('w', 'widget'), widget: { type: 'Card', children: [] } }),
      updated('w', { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'x' }),
    ]);
    expect(events.filter((event) => event.type === 'text-delta')).toEqual([]);
    expect(warnings).toEqual([
      'Ignored a ChatKit "assistant_message.content_part.text_delta" update for item "m", which is not streaming.',
      'Ignored a ChatKit "assistant_message.content_part.text_delta" update for a "widget" item.',
    ]);
  });

  it('says nothing for an update that changes nothing: no annotation, no task, an unknown component, a bad index', () => {
    const { events, warnings } = decodeFrames([
      added({ ...base('m', 'assistant_message'), content: [] }),
      added({ ...base('wf', 'workflow'), workflow: { type: 'custom', tasks: [], expanded: false } }),
      added({ ...base('w', 'widget'), widget: { type: 'Card', children: [] } }),
      updated('m', { type: 'assistant_message.content_part.annotation_added', content_index: 0, annotation_index: 0 }),
      updated('m', { type: 'assistant_message.content_part.text_delta', content_index: -1, delta: 'lost' }),
      updated('wf', { type: 'workflow.task.added', task_index: 0 }),
      updated('w', { type: 'widget.streaming_text.value_delta', component_id: 'nowhere', delta: 'x', done: true }),
    ]);
    expect(events.map((event) => event.type)).toEqual(['run-start', 'message-start', 'workflow-update', 'widget-update']);
    expect(warnings).toEqual([]);
  });

  it('re-sends the whole widget after a component update, and completes it on done', () => {
    const card = { type: 'Card', children: [{ type: 'Text', id: 'status', value: 'Waiting' }, { type: 'Divider' }] };
    const { events } = decodeFrames([
      added({ ...base('w', 'widget'), widget: card }),
      updated('w', { type: 'widget.component.updated', component_id: 'status', component: { type: 'Badge', id: 'status', label: 'Ready' } }),
      done({ ...base('w', 'widget'), widget: card, copy_text: 'Waiting' }),
    ]);
    expect(events.slice(1)).toEqual([
      { type: 'widget-update', itemId: 'w', root: card, copyText: null, status: 'in_progress' },
      { type: 'widget-update', itemId: 'w', root: { type: 'Card', children: [{ type: 'Badge', id: 'status', label: 'Ready' }, { type: 'Divider' }] }, copyText: null, status: 'in_progress' },
      { type: 'widget-update', itemId: 'w', root: card, copyText: 'Waiting', status: 'complete' },
    ]);
  });

  it('shows a task item as a one-task workflow', () => {
    const { events } = decodeFrames([done({ ...base('tsk_1', 'task'), task: { status_indicator: 'complete', type: 'thought', title: 'Thinking', content: 'Hmm.' } })]);
    expect(events[1]).toEqual({
      type: 'workflow-update',
      itemId: 'tsk_1',
      variant: 'task',
      tasks: [{ kind: 'thought', title: 'Thinking', content: 'Hmm.', status: 'complete', sources: [] }],
      status: 'complete',
    });
  });

  it('resumes the run when a structured input is skipped', () => {
    const { events, finished } = decodeFrames([{ type: 'thread.item.replaced', item: { ...base('si', 'structured_input'), status: 'skipped', inputs: [] } }]);
    expect(events).toEqual([{ type: 'run-start' }, { type: 'run-update', status: 'running' }]);
    expect(finished).toEqual([{ type: 'run-end', status: 'complete' }]);
  });

  it('shows a user message’s image attachments after its text', () => {
    const message = {
      ...base('u', 'user_message'),
      content: [{ type: 'input_text', text: 'What is this?' }],
      attachments: [
        { id: 'atc_1', name: 'cat.png', mime_type: 'image/png', type: 'image', preview_url: 'https://files.example.com/cat.png' },
        { id: 'atc_2', name: 'notes.pdf', mime_type: 'application/pdf', type: 'file' },
      ],
      inference_options: {},
    };
    expect(decodeFrames([done(message)]).events.at(-1)).toEqual({
      type: 'message-end',
      messageId: 'u',
      status: 'complete',
      parts: [
        { type: 'text', text: 'What is this?' },
        { type: 'image', fileId: 'atc_1', url: 'https://files.example.com/cat.png' },
      ],
    });
  });

  it('warns in development through console.warn by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createChatKitDecoder().decode({ data: '{"type": "surprise"}' });
    expect(warn).toHaveBeenCalledWith('[threadline] Ignored an unknown ChatKit event "surprise".');
    warn.mockRestore();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createThreadState, reduceThreadEvents, toSnapshot } from '@threadline/headless';
import type { ThreadEvent } from '@threadline/headless';
import { createAssistantsDecoder, toAssistantsRunActiveStatus, toAssistantsRunEndStatus } from '@threadline/headless';
import { assistantsEventNames } from '../src/dialects/assistants/readAssistantsFrame';

function decodeAll(frames: Array<[event: string | undefined, data: unknown]>, onWarning: (message: string) => void = () => {}): ThreadEvent[] {
  const decoder = createAssistantsDecoder({ onWarning });
  return frames.flatMap(([event, data]) => decoder.decode({ event, data: typeof data === 'string' ? data : JSON.stringify(data) }));
}

const run = (status: string, extra: Record<string, unknown> = {}) => ({ id: 'run_1', object: 'thread.run', thread_id: 'thread_1', status, usage: null, ...extra });
const messageDelta = (content: unknown[]) => ({ id: 'msg_1', object: 'thread.message.delta', delta: { content } });
const stepDelta = (toolCalls: unknown[]) => ({ id: 'step_1', object: 'thread.run.step.delta', delta: { step_details: { type: 'tool_calls', tool_calls: toolCalls } } });

describe('Assistants decoder on single frames', () => {
  it('never throws on known events with missing or wrong-typed fields, warning only about message events without an id', () => {
    const warnings: string[] = [];
    const decoder = createAssistantsDecoder({ onWarning: (warning) => warnings.push(warning) });
    const odd = [
      {},
      { id: 5, status: [], usage: 'x' },
      { id: 'x', delta: 5 },
      { id: 'x', delta: { content: 'text', step_details: [] } },
      { id: 'x', delta: { content: [null, 5, { index: '0' }, { index: 0 }, { index: 1, type: 'text', text: 7 }] } },
      { id: 'x', delta: { step_details: { tool_calls: [null, { index: 0, id: 7 }, { index: 1, id: 'c', type: 'code_interpreter', code_interpreter: { outputs: [5, { index: 0 }] } }] } } },
      { id: 'x', content: [{ type: 'text', text: { value: 3, annotations: [null, { type: 'file_citation', start_index: 'a' }] } }] },
      { id: 'x', step_details: { type: 'tool_calls', tool_calls: [{ id: 'c2', type: 'function', function: 'f' }, { id: 'c3', type: 'file_search', file_search: { results: [1] } }] } },
      { id: 'x', required_action: { submit_tool_outputs: { tool_calls: [null, { id: 3 }, { id: 'c4' }] } }, last_error: 'boom' },
    ];
    for (const event of assistantsEventNames) {
      for (const data of odd) expect(() => decoder.decode({ event, data: JSON.stringify(data) })).not.toThrow();
    }
    expect(new Set(warnings)).toEqual(
      new Set(['created', 'delta', 'completed', 'incomplete'].map((suffix) => `Ignored an Assistants "thread.message.${suffix}" event without a message id.`)),
    );
  });

  it('warns about, and drops, a known event whose data is not an object and a message event with no id', () => {
    const warnings: string[] = [];
    const events = decodeAll(
      [
        ['thread.run.created', '42'],
        ['thread.message.delta', { delta: { content: [{ index: 0, type: 'text', text: { value: 'lost' } }] } }],
      ],
      (warning) => warnings.push(warning),
    );
    expect(events).toEqual([]);
    expect(warnings).toEqual([
      'Ignored an Assistants "thread.run.created" event whose data is not a JSON object.',
      'Ignored an Assistants "thread.message.delta" event without a message id.',
    ]);
  });

  it('stays silent on done and the events that need no canonical event', () => {
    const warn = vi.fn();
    const events = decodeAll(
      [
        ['thread.run.step.in_progress', { id: 'step_1', object: 'thread.run.step', status: 'in_progress' }],
        ['thread.message.in_progress', { id: 'msg_1', object: 'thread.message', status: 'in_progress' }],
        ['thread.run.step.cancelled', { id: 'step_1', object: 'thread.run.step', status: 'cancelled' }],
        ['done', '[DONE]'],
        [undefined, '[DONE]'],
      ],
      warn,
    );
    expect(events).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('turns data that is not JSON into one protocol error naming the event, and warns', () => {
    const warnings: string[] = [];
    const events = decodeAll([['thread.run.step.delta', '{"id":"step_1",']], (warning) => warnings.push(warning));
    const message = 'The Assistants "thread.run.step.delta" event carried data that is not valid JSON: {"id":"step_1",';
    expect(events).toEqual([{ type: 'run-error', error: { kind: 'protocol', code: null, retryable: false, message } }]);
    expect(warnings).toEqual([message]);
  });

  it('warns in development through console.warn by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createAssistantsDecoder().decode({ event: 'thread.run.step.reticulated', data: '{}' });
    expect(warn).toHaveBeenCalledWith('[threadline] Ignored an unknown Assistants event "thread.run.step.reticulated".');
    warn.mockRestore();
  });

  it('reads an error event plain, wrapped in error, or as a bare string, without ending the run', () => {
    const events = decodeAll([
      ['error', { code: 'server_error', message: 'Boom.', param: null, type: 'server_error' }],
      ['error', { error: { code: null, message: 'Timed out.', type: 'timeout' } }],
      ['error', '"Overloaded"'],
      ['error', {}],
    ]);
    expect(events).toEqual([
      { type: 'run-error', error: { kind: 'server', code: 'server_error', message: 'Boom.', retryable: true } },
      { type: 'run-error', error: { kind: 'server', code: null, message: 'Timed out.', retryable: true } },
      { type: 'run-error', error: { kind: 'server', code: null, message: 'Overloaded', retryable: true } },
      { type: 'run-error', error: { kind: 'server', code: null, message: 'The Assistants stream reported an error.', retryable: true } },
    ]);
  });

  it('retries a failed run only for server_error and rate_limit_exceeded', () => {
    const failed = (code: string) => decodeAll([['thread.run.failed', run('failed', { last_error: { code, message: `It failed: ${code}.` } })]]);
    expect(failed('rate_limit_exceeded')).toEqual([
      { type: 'run-update', runId: 'run_1' },
      { type: 'run-error', error: { kind: 'server', code: 'rate_limit_exceeded', message: 'It failed: rate_limit_exceeded.', retryable: true } },
      { type: 'run-end', status: 'failed', stopReason: null, usage: null },
    ]);
    expect(failed('invalid_prompt')[1]).toMatchObject({ error: { code: 'invalid_prompt', retryable: false } });
  });

  it('ends an incomplete run with its reason and usage, and an expired one', () => {
    const usage = { prompt_tokens: 10, completion_tokens: 256, total_tokens: 266 };
    const events = decodeAll([
      ['thread.run.created', run('queued')],
      ['thread.run.incomplete', run('incomplete', { incomplete_details: { reason: 'max_completion_tokens' }, usage })],
      ['thread.run.expired', run('expired')],
    ]);
    expect(events).toEqual([
      { type: 'run-start', runId: 'run_1', status: 'queued' },
      { type: 'run-end', status: 'incomplete', stopReason: 'max_completion_tokens', usage },
      { type: 'run-end', status: 'expired', stopReason: null, usage: null },
    ]);
  });

  it('announces a call once its id arrives, with the fragments that came before it', () => {
    const events = decodeAll([
      ['thread.run.step.delta', stepDelta([{ index: 0, type: 'function', function: { arguments: '{"q"' } }])],
      ['thread.run.step.delta', stepDelta([{ index: 0, id: 'call_1', type: 'function', function: { name: 'search', arguments: ':"tea"' } }])],
      ['thread.run.step.delta', stepDelta([{ index: 0, type: 'function', function: { arguments: '}' } }])],
    ]);
    expect(events).toEqual([
      { type: 'tool-call-start', toolCallId: 'call_1', name: 'search' },
      { type: 'progress-add', text: 'Calling search' },
      { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '{"q":"tea"' },
      { type: 'tool-call-delta', toolCallId: 'call_1', argumentsDelta: '}' },
    ]);
  });

  it('logs each run step once as progress: writing the answer, searching files, running code', () => {
    const messageStep = { id: 'step_1', object: 'thread.run.step', type: 'message_creation', step_details: { type: 'message_creation', message_creation: { message_id: 'msg_1' } } };
    const searchStep = { id: 'step_2', object: 'thread.run.step', type: 'tool_calls', step_details: { type: 'tool_calls', tool_calls: [{ id: 'call_fs', type: 'file_search', file_search: {} }] } };
    const events = decodeAll([
      ['thread.run.step.created', searchStep],
      ['thread.run.step.in_progress', searchStep],
      ['thread.run.step.created', messageStep],
      ['thread.run.step.created', messageStep],
    ]);
    expect(events.filter((event) => event.type === 'progress-add')).toEqual([
      { type: 'progress-add', text: 'Searching files' },
      { type: 'progress-add', text: 'Writing the answer' },
    ]);
  });

  it('creates the calls a requires_action run names when no delta showed them', () => {
    const toolCalls = [{ id: 'call_9', type: 'function', function: { name: 'lookup', arguments: '{"id":9}' } }];
    const events = decodeAll([['thread.run.requires_action', run('requires_action', { required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: toolCalls } } })]]);
    expect(events).toEqual([
      { type: 'run-update', runId: 'run_1' },
      { type: 'tool-call-start', toolCallId: 'call_9', name: 'lookup' },
      { type: 'progress-add', text: 'Calling lookup' },
      { type: 'tool-call-end', toolCallId: 'call_9', arguments: '{"id":9}' },
      { type: 'action-require', action: { kind: 'submit_tool_outputs', toolCallIds: ['call_9'], requestId: null, questions: [], toolName: null, toolInput: toolCalls } },
    ]);
  });

  it('fails the unfinished calls of an expired step and leaves a cancelled step to the run end', () => {
    const step = (status: string) => ({
      id: 'step_1',
      object: 'thread.run.step',
      type: 'tool_calls',
      status,
      last_error: status === 'expired' ? { code: 'server_error', message: 'The step expired.' } : null,
      step_details: { type: 'tool_calls', tool_calls: [{ id: 'call_1', type: 'code_interpreter', code_interpreter: { input: 'x', outputs: [] } }] },
    });
    expect(decodeAll([['thread.run.step.cancelled', step('cancelled')]])).toEqual([]);
    expect(decodeAll([['thread.run.step.expired', step('expired')]])).toEqual([
      { type: 'tool-call-start', toolCallId: 'call_1', name: 'code_interpreter' },
      { type: 'progress-add', text: 'Running code' },
      { type: 'tool-result-end', toolCallId: 'call_1', result: 'The step expired.', failed: true },
    ]);
  });

  it('starts a message on its first delta when its created event is missing, and starts it once', () => {
    const created = { id: 'msg_1', object: 'thread.message', status: 'in_progress', role: 'assistant', content: [] };
    const events = decodeAll([
      ['thread.message.delta', messageDelta([{ index: 0, type: 'text', text: { value: 'Hi' } }])],
      ['thread.message.created', created],
      ['thread.message.created', created],
    ]);
    expect(events).toEqual([
      { type: 'message-start', messageId: 'msg_1', role: 'assistant' },
      { type: 'text-delta', messageId: 'msg_1', delta: 'Hi', partIndex: 0 },
    ]);
  });

  it('emits the content a created message already carries, and keeps the user role', () => {
    const events = decodeAll([
      ['thread.message.created', { id: 'msg_2', object: 'thread.message', role: 'user', content: [{ type: 'text', text: { value: 'Hello', annotations: [] } }] }],
    ]);
    expect(events).toEqual([
      { type: 'message-start', messageId: 'msg_2', role: 'user' },
      { type: 'text-delta', messageId: 'msg_2', delta: 'Hello', partIndex: 0 },
    ]);
  });

  it('reads refusal as text and image_url as an image part with its url', () => {
    const events = decodeAll([
      ['thread.message.delta', messageDelta([{ index: 0, type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'auto' } }])],
      ['thread.message.delta', messageDelta([{ index: 1, type: 'refusal', refusal: 'I can’t help' }])],
      ['thread.message.delta', messageDelta([{ index: 1, type: 'refusal', refusal: ' with that.' }])],
    ]);
    const state = reduceThreadEvents(createThreadState(), events);
    expect(toSnapshot(state).items[0]).toMatchObject({
      text: 'I can’t help with that.',
      parts: [
        { type: 'image', fileId: '', url: 'https://example.com/a.png' },
        { type: 'text', text: 'I can’t help with that.' },
      ],
    });
  });

  it('counts citation offsets over the whole message text and converts code point indexes after an emoji', () => {
    const marker = '【1:0†notes.txt】';
    const second = `🚀 Launch ${marker}`;
    // Code points, as a server counting characters sends them: the rocket counts 1, not 2.
    const annotation = { index: 0, type: 'file_citation', text: marker, start_index: 9, end_index: 9 + marker.length, file_citation: { file_id: 'file-n', quote: 'Launch at dawn' } };
    const events = decodeAll([
      ['thread.message.delta', messageDelta([{ index: 0, type: 'text', text: { value: 'Intro. ', annotations: [] } }])],
      ['thread.message.delta', messageDelta([{ index: 1, type: 'text', text: { value: second, annotations: [annotation] } }])],
    ]);
    const citation = events.find((event) => event.type === 'citation-add');
    expect(citation).toMatchObject({ citation: { start: 17, end: 17 + marker.length, title: 'notes.txt', snippet: 'Launch at dawn', id: 'file-n' } });
    const text = `Intro. ${second}`;
    expect(text.slice(17, 17 + marker.length)).toBe(marker);
  });

  it('places a citation whose marker comes words after an emoji, counting in code points or in UTF-16 units', () => {
    const marker = '【4:0†q3.pdf】';
    const words = ['Revenue 🚀', ' rose', ' sharply ', marker];
    const text = words.join('');
    const start = text.indexOf(marker);
    const inCodePoints = start - 1;
    for (const startIndex of [start, inCodePoints]) {
      const annotation = { index: 0, type: 'file_citation', text: marker, start_index: startIndex, end_index: startIndex + [...marker].length, file_citation: { file_id: 'file-q' } };
      const events = decodeAll(
        words.map((value, position) => [
          'thread.message.delta',
          messageDelta([{ index: 0, type: 'text', text: position === words.length - 1 ? { value, annotations: [annotation] } : { value } }]),
        ]),
      );
      expect(events.find((event) => event.type === 'citation-add')).toMatchObject({ citation: { start, end: start + marker.length, title: 'q3.pdf' } });
    }
  });

  it('places a citation that arrives after the text it annotates, in a delta of its own', () => {
    const marker = '【4:0†q3.pdf】';
    const annotation = { index: 0, type: 'file_citation', text: marker, start_index: 8, end_index: 8 + marker.length, file_citation: { file_id: 'file-q' } };
    const events = decodeAll([
      ['thread.message.delta', messageDelta([{ index: 0, type: 'text', text: { value: 'Revenue ' } }])],
      ['thread.message.delta', messageDelta([{ index: 0, type: 'text', text: { value: marker } }])],
      ['thread.message.delta', messageDelta([{ index: 0, type: 'text', text: { value: ' rose.' } }])],
      ['thread.message.delta', messageDelta([{ index: 0, type: 'text', text: { annotations: [annotation] } }])],
    ]);
    expect(events.find((event) => event.type === 'citation-add')).toMatchObject({ citation: { start: 8, end: 8 + marker.length, id: 'file-q' } });
  });

  it('ends a message with the final content and citations, replacing what streamed', () => {
    const final = {
      id: 'msg_1',
      object: 'thread.message',
      status: 'incomplete',
      incomplete_details: { reason: 'run_expired' },
      role: 'assistant',
      content: [{ type: 'text', text: { value: 'See doc.txt', annotations: [{ type: 'file_path', text: 'doc.txt', start_index: 4, end_index: 11, file_path: { file_id: 'file-d' } }] } }],
    };
    const [end] = decodeAll([['thread.message.incomplete', final]]).slice(-1);
    expect(end).toMatchObject({
      type: 'message-end',
      status: 'incomplete',
      parts: [{ type: 'text', text: 'See doc.txt' }],
      citations: [{ type: 'file', start: 4, end: 11, id: 'file-d', title: 'doc.txt', details: { annotation: 'file_path', fileId: 'file-d' } }],
    });
  });

  it('derives the event from object and status when the event line is missing, starting an unseen queued run', () => {
    const warn = vi.fn();
    const events = decodeAll(
      [
        [undefined, run('queued')],
        [undefined, run('queued')],
        [undefined, run('in_progress')],
        [undefined, { id: 'x', object: 'thread.run.step.unknown_kind' }],
      ],
      warn,
    );
    expect(events).toEqual([
      { type: 'run-start', runId: 'run_1', status: 'queued' },
      { type: 'run-update', runId: 'run_1', status: 'queued' },
      { type: 'run-update', runId: 'run_1', status: 'running' },
    ]);
    expect(warn).toHaveBeenCalledWith('Ignored an Assistants frame with no event name and no recognizable object.');
  });
});

describe('Assistants decoder recovery after a dropped stream', () => {
  it('folds the polled messages and the ended run into the thread', () => {
    const decoder = createAssistantsDecoder({ onWarning: () => {} });
    decoder.decode({ event: 'thread.run.created', data: JSON.stringify(run('queued')) });
    decoder.decode({ event: 'thread.message.delta', data: JSON.stringify(messageDelta([{ index: 0, type: 'text', text: { value: 'Part' } }])) });
    const events = decoder.recover({
      run: run('completed', { usage: { total_tokens: 9 } }),
      messages: [{ id: 'msg_1', object: 'thread.message', status: 'completed', role: 'assistant', content: [{ type: 'text', text: { value: 'Partial, then whole.', annotations: [] } }] }],
    });
    expect(events).toEqual([
      { type: 'message-end', messageId: 'msg_1', status: 'complete', parts: [{ type: 'text', text: 'Partial, then whole.' }], citations: [] },
      { type: 'run-end', status: 'complete', stopReason: null, usage: { total_tokens: 9 } },
    ]);
  });

  it('reports a run still going or waiting on tool outputs, and nothing for an unknown status', () => {
    const decoder = createAssistantsDecoder();
    expect(decoder.recover({ run: run('in_progress') })).toEqual([{ type: 'run-update', runId: 'run_1', status: 'running' }]);
    const toolCalls = [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }];
    const waiting = decoder.recover({ run: run('requires_action', { required_action: { submit_tool_outputs: { tool_calls: toolCalls } } }) });
    expect(waiting.map((event) => event.type)).toEqual(['tool-call-start', 'progress-add', 'tool-call-end', 'action-require']);
    expect(decoder.recover({ run: run('paused') })).toEqual([]);
    expect(decoder.recover({ run: null })).toEqual([]);
  });

  it('maps Run statuses to how the run ends, or where it stands', () => {
    expect(['completed', 'failed', 'cancelled', 'incomplete', 'expired', 'requires_action', 'queued', 'bogus', null].map(toAssistantsRunEndStatus)).toEqual([
      'complete',
      'failed',
      'cancelled',
      'incomplete',
      'expired',
      null,
      null,
      null,
      null,
    ]);
    expect(['queued', 'in_progress', 'cancelling', 'requires_action', 'completed'].map(toAssistantsRunActiveStatus)).toEqual(['queued', 'running', 'cancelling', null, null]);
  });
});

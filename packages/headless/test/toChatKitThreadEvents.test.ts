import { describe, expect, it } from 'vitest';
import { createThreadState, reduceThreadEvents, toSnapshot } from '@threadline/headless';
import { toChatKitItemEvents } from '../src/dialects/chatkit/toChatKitItemEvents';
import { toChatKitThreadEvents } from '../src/dialects/chatkit/toChatKitThreadEvents';

const base = (id: string, type: string) => ({ id, thread_id: 'thr_5c0e7a21', created_at: '2026-05-21T09:14:02.118406', type });
const annotation = { type: 'annotation', source: { title: 'ECB', type: 'url', url: 'https://www.ecb.europa.eu/' }, index: 4 };

// A `threads.get_by_id` response, serialized the chatkit-python way.
const thread = {
  title: 'Euros to yen',
  id: 'thr_5c0e7a21',
  created_at: '2026-05-21T09:14:02.118406',
  status: { type: 'active' },
  metadata: {},
  items: {
    data: [
      { ...base('msg_1', 'user_message'), content: [{ type: 'input_text', text: 'Rate?' }], attachments: [], inference_options: {} },
      { ...base('wf_1', 'workflow'), workflow: { type: 'reasoning', tasks: [{ status_indicator: 'none', type: 'thought', content: 'Look it up.' }], summary: { duration: 3 }, expanded: false } },
      { ...base('tc_1', 'client_tool_call'), status: 'completed', call_id: 'call_1', name: 'get_rate', arguments: { pair: 'EURJPY' }, output: { rate: 163 } },
      { ...base('msg_2', 'assistant_message'), content: [{ annotations: [annotation], text: '163.', type: 'output_text' }] },
      { ...base('msg_3', 'widget'), widget: { type: 'Card', children: [{ type: 'Text', value: '163' }] }, copy_text: '163' },
      { ...base('msg_4', 'end_of_turn') },
      { ...base('msg_5', 'hologram') },
    ],
    has_more: false,
  },
};

describe('toChatKitThreadEvents', () => {
  it('loads a stored thread into settled items with the live mapping, and leaves the thread idle', () => {
    const snapshot = toSnapshot(reduceThreadEvents(createThreadState({ dialect: 'chatkit' }), toChatKitThreadEvents(thread)));
    expect(snapshot.thread).toEqual({ id: 'thr_5c0e7a21', title: 'Euros to yen', status: 'idle' });
    expect(snapshot.items.map((item) => [item.kind, item.id, item.status])).toEqual([
      ['message', 'msg_1', 'complete'],
      ['workflow', 'wf_1', 'complete'],
      ['tool_call', 'tc_1', 'complete'],
      ['message', 'msg_2', 'complete'],
      ['widget', 'msg_3', 'complete'],
    ]);
    expect(snapshot.items[1]).toMatchObject({ variant: 'reasoning', durationSeconds: 3, tasks: [{ kind: 'thought', title: null, content: 'Look it up.', status: 'none' }] });
    expect(snapshot.items[2]).toMatchObject({ arguments: '{"pair":"EURJPY"}', result: '{"rate":163}' });
    expect(snapshot.items[3]).toMatchObject({ text: '163.', citations: [{ title: 'ECB', start: 4, source: 'www.ecb.europa.eu' }] });
    expect(snapshot.run).toBeNull();
  });
});

describe('toChatKitItemEvents', () => {
  it('replaces the citations of a stored message, even with none, where a streamed done keeps them', () => {
    const item = { ...base('msg_2', 'assistant_message'), content: [{ annotations: [], text: 'Plain.', type: 'output_text' }] };
    expect(toChatKitItemEvents(item).at(-1)).toEqual({ type: 'message-end', messageId: 'msg_2', status: 'complete', parts: [{ type: 'text', text: 'Plain.' }], citations: [] });
    expect(toChatKitItemEvents(item, 'done').at(-1)).toEqual({ type: 'message-end', messageId: 'msg_2', status: 'complete', parts: [{ type: 'text', text: 'Plain.' }] });
  });

  it('streams an added message as indexed parts and citations, without ending it', () => {
    const item = { ...base('msg_2', 'assistant_message'), content: [{ annotations: [annotation], text: 'Rate.', type: 'output_text' }] };
    expect(toChatKitItemEvents(item, 'added').map((event) => event.type)).toEqual(['message-start', 'part-add', 'citation-add']);
  });

  it('asks for the client tool again when the stored thread ends on a pending call', () => {
    const call = { ...base('tc_2', 'client_tool_call'), status: 'pending', call_id: 'call_2', name: 'get_selection', arguments: {} };
    expect(toChatKitItemEvents(call).at(-1)).toEqual({
      type: 'action-require',
      action: { kind: 'client_tool_call', toolCallIds: ['tc_2'], requestId: 'call_2', questions: [], toolName: 'get_selection', toolInput: {} },
    });
  });

  it('gives nothing for hidden, unknown or id-less items', () => {
    expect(toChatKitItemEvents({ ...base('h', 'sdk_hidden_context'), content: 'secret' })).toEqual([]);
    expect(toChatKitItemEvents({ ...base('x', 'hologram') })).toEqual([]);
    expect(toChatKitItemEvents({ type: 'assistant_message', content: [] })).toEqual([]);
    expect(toChatKitItemEvents(null)).toEqual([]);
  });
});

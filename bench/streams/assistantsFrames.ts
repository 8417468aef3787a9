import { composeStream } from './composeStream';
import type { WireFrame } from './WireFrame';

const THREAD = 'thread_BDlU4IXbIsjh2BFhHSHaBAVb';
const RUN = 'run_n9cjT0wgMlsVmdkGSektHEP2';
const ASSISTANT = 'asst_B9JMWPcfAmnrl4YiX6kfp2yJ';
const TOOL_STEP = 'step_kLZxLaUN1CGZRhaD7bWk4njz';
const MESSAGE_STEP = 'step_Bjj8z4SXxccgOzx9DQogGnRu';
const MESSAGE = 'msg_oR7ne7y4duPvxnBNuUdnMF2p';
const CALL = 'call_OFrbooQ8liutPzc0wdnRGDSC';

const frame = (event: string, data: unknown): WireFrame => ({ event, data: JSON.stringify(data) });

function run(status: string, usage: unknown = null) {
  return {
    id: RUN,
    object: 'thread.run',
    created_at: 1762000000,
    assistant_id: ASSISTANT,
    thread_id: THREAD,
    status,
    started_at: status === 'queued' ? null : 1762000001,
    expires_at: 1762000600,
    cancelled_at: null,
    failed_at: null,
    completed_at: status === 'completed' ? 1762000090 : null,
    required_action: null,
    last_error: null,
    model: 'gpt-4o',
    instructions: 'You are a financial analyst.',
    tools: [{ type: 'code_interpreter' }, { type: 'file_search' }],
    tool_resources: { code_interpreter: { file_ids: [] } },
    metadata: {},
    temperature: 1.0,
    top_p: 1.0,
    reasoning_effort: null,
    max_completion_tokens: null,
    max_prompt_tokens: null,
    truncation_strategy: { type: 'auto', last_messages: null },
    incomplete_details: null,
    usage,
    response_format: 'auto',
    tool_choice: 'auto',
    parallel_tool_calls: true,
  };
}

function step(id: string, status: string, details: unknown) {
  const type = (details as { type: string }).type;
  return {
    id,
    object: 'thread.run.step',
    created_at: 1762000002,
    run_id: RUN,
    assistant_id: ASSISTANT,
    thread_id: THREAD,
    type,
    status,
    cancelled_at: null,
    completed_at: status === 'completed' ? 1762000003 : null,
    expires_at: 1762000600,
    failed_at: null,
    last_error: null,
    step_details: details,
    usage: null,
  };
}

function message(status: string, content: unknown[]) {
  return {
    id: MESSAGE,
    object: 'thread.message',
    created_at: 1762000004,
    assistant_id: ASSISTANT,
    thread_id: THREAD,
    run_id: RUN,
    status,
    incomplete_details: null,
    incomplete_at: null,
    completed_at: status === 'completed' ? 1762000090 : null,
    role: 'assistant',
    content,
    attachments: [],
    metadata: {},
  };
}

const stepDelta = (toolCall: unknown) => frame('thread.run.step.delta', { id: TOOL_STEP, object: 'thread.run.step.delta', delta: { step_details: { type: 'tool_calls', tool_calls: [toolCall] } } });
const messageDelta = (content: unknown) => frame('thread.message.delta', { id: MESSAGE, object: 'thread.message.delta', delta: { content: [content] } });

const code = ['import pandas as pd\n', "df = pd.read_csv('/mnt/data/revenue.csv')\n", "growth = df['revenue'].pct_change(4)\n", 'print(growth.tail(4))'];
const logs = '2024Q4    0.66\n2025Q1    0.71\n2025Q2    0.69\n2025Q3    0.66';
const messageCreation = { type: 'message_creation', message_creation: { message_id: MESSAGE } };

/**
 * An Assistants stream of exactly `count` frames: the run's start, a code interpreter step
 * (streamed code, then logs), then one message a word per `thread.message.delta`, with a file
 * citation every 500 frames, then the completed message, step and run.
 */
export function assistantsFrames(count: number): WireFrame[] {
  const annotations: Array<Record<string, unknown>> = [];
  const toolCall = { index: 0, id: CALL, type: 'code_interpreter', code_interpreter: { input: code.join(''), outputs: [{ index: 0, type: 'logs', logs }] } };
  return composeStream(count, {
    head: [
      frame('thread.run.created', run('queued')),
      frame('thread.run.queued', run('queued')),
      frame('thread.run.in_progress', run('in_progress')),
      frame('thread.run.step.created', step(TOOL_STEP, 'in_progress', { type: 'tool_calls', tool_calls: [] })),
      frame('thread.run.step.in_progress', step(TOOL_STEP, 'in_progress', { type: 'tool_calls', tool_calls: [] })),
      stepDelta({ index: 0, id: CALL, type: 'code_interpreter', code_interpreter: { input: '', outputs: [] } }),
      ...code.map((input) => stepDelta({ index: 0, type: 'code_interpreter', code_interpreter: { input } })),
      stepDelta({ index: 0, type: 'code_interpreter', code_interpreter: { outputs: [{ index: 0, type: 'logs', logs }] } }),
      frame('thread.run.step.completed', step(TOOL_STEP, 'completed', { type: 'tool_calls', tool_calls: [toolCall] })),
      frame('thread.run.step.created', step(MESSAGE_STEP, 'in_progress', messageCreation)),
      frame('thread.run.step.in_progress', step(MESSAGE_STEP, 'in_progress', messageCreation)),
      frame('thread.message.created', message('in_progress', [])),
      frame('thread.message.in_progress', message('in_progress', [])),
    ],
    // Only a text part's first delta carries `annotations: []`, as in recorded streams.
    delta: (word, index) => messageDelta({ index: 0, type: 'text', text: index === 0 ? { value: word, annotations: [] } : { value: word } }),
    sprinkle(position, textLength) {
      const marker = `【4:${position}†source】`;
      const annotation = { index: position, type: 'file_citation', text: marker, start_index: textLength, end_index: textLength + marker.length, file_citation: { file_id: 'file-Xq1mz3YkRb8Rr7vL1cN2aQ' } };
      annotations.push(annotation);
      return { frames: [messageDelta({ index: 0, type: 'text', text: { value: marker, annotations: [annotation] } })], text: marker };
    },
    tail: (answer) => [
      frame('thread.message.completed', message('completed', [{ type: 'text', text: { value: answer, annotations: annotations.map(({ index: _index, ...rest }) => rest) } }])),
      frame('thread.run.step.completed', step(MESSAGE_STEP, 'completed', messageCreation)),
      frame('thread.run.completed', run('completed', { prompt_tokens: 1830, completion_tokens: count, total_tokens: 1830 + count })),
    ],
    tailLength: 3,
  });
}

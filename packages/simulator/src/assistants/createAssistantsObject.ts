import { randomBase62 } from '../randomBase62';
import type {
  AssistantsMessageContent,
  AssistantsMessageObject,
  AssistantsRunObject,
  AssistantsStepObject,
  AssistantsTool,
  AssistantsUsage,
} from './AssistantsObject';

/** Runs expire ten minutes after creation, like the real API. */
const runLifetimeSeconds = 600;

/** The current time in unix seconds. */
export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

/** A fresh id with a real prefix and 24 base62 characters (`run_…`, `msg_…`). */
export function createAssistantsId(prefix: 'thread_' | 'run_' | 'step_' | 'msg_' | 'call_' | 'asst_'): string {
  return `${prefix}${randomBase62(24)}`;
}

/** A fresh `file-` id (22 base62 characters). */
export function createFileId(): string {
  return `file-${randomBase62(22)}`;
}

/** A usage object with the detail fields real bodies carry. */
export function createUsage(promptTokens: number, completionTokens: number): AssistantsUsage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_token_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}

/** What a run takes from its request. */
export interface RunObjectInput {
  threadId: string;
  assistantId: string;
  model: string;
  instructions: string | null;
  tools: AssistantsTool[];
  metadata: Record<string, string>;
  maxCompletionTokens: number | null;
  maxPromptTokens: number | null;
}

/** A queued run. */
export function createRunObject(input: RunObjectInput): AssistantsRunObject {
  const createdAt = unixNow();
  return {
    id: createAssistantsId('run_'),
    object: 'thread.run',
    created_at: createdAt,
    assistant_id: input.assistantId,
    thread_id: input.threadId,
    status: 'queued',
    started_at: null,
    expires_at: createdAt + runLifetimeSeconds,
    cancelled_at: null,
    failed_at: null,
    completed_at: null,
    required_action: null,
    last_error: null,
    model: input.model,
    instructions: input.instructions,
    tools: input.tools,
    tool_resources: { code_interpreter: { file_ids: [] } },
    metadata: input.metadata,
    temperature: 1,
    top_p: 1,
    reasoning_effort: null,
    max_completion_tokens: input.maxCompletionTokens,
    max_prompt_tokens: input.maxPromptTokens,
    truncation_strategy: { type: 'auto', last_messages: null },
    incomplete_details: null,
    usage: null,
    response_format: 'auto',
    tool_choice: 'auto',
    parallel_tool_calls: true,
  };
}

/** An in-progress step of a run. */
export function createStepObject(run: AssistantsRunObject, stepDetails: AssistantsStepObject['step_details']): AssistantsStepObject {
  return {
    id: createAssistantsId('step_'),
    object: 'thread.run.step',
    created_at: unixNow(),
    run_id: run.id,
    assistant_id: run.assistant_id,
    thread_id: run.thread_id,
    type: stepDetails.type,
    status: 'in_progress',
    cancelled_at: null,
    completed_at: null,
    expires_at: run.expires_at,
    failed_at: null,
    last_error: null,
    step_details: stepDetails,
    usage: null,
  };
}

/** A completed message given in a request (`thread.messages`, `additional_messages`). */
export function createInputMessageObject(threadId: string, role: 'user' | 'assistant', text: string): AssistantsMessageObject {
  const createdAt = unixNow();
  return {
    id: createAssistantsId('msg_'),
    object: 'thread.message',
    created_at: createdAt,
    assistant_id: null,
    thread_id: threadId,
    run_id: null,
    status: 'completed',
    incomplete_details: null,
    incomplete_at: null,
    completed_at: createdAt,
    role,
    content: [{ type: 'text', text: { value: text, annotations: [] } } satisfies AssistantsMessageContent],
    attachments: [],
    metadata: {},
  };
}

/** An in-progress assistant message with no content yet. */
export function createAssistantMessageObject(run: AssistantsRunObject, id: string): AssistantsMessageObject {
  return {
    id,
    object: 'thread.message',
    created_at: unixNow(),
    assistant_id: run.assistant_id,
    thread_id: run.thread_id,
    run_id: run.id,
    status: 'in_progress',
    incomplete_details: null,
    incomplete_at: null,
    completed_at: null,
    role: 'assistant',
    content: [],
    attachments: [],
    metadata: {},
  };
}

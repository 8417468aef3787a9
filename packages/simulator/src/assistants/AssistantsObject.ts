/**
 * Wire objects of the OpenAI Assistants API v2, with fields declared in the order real
 * api.openai.com bodies use (the simulator serialises them in this order).
 */

/** `thread`: what `thread.created` and `GET /v1/threads/{thread_id}` carry. */
export interface AssistantsThreadObject {
  id: string;
  object: 'thread';
  created_at: number;
  metadata: Record<string, string>;
  tool_resources: { code_interpreter: { file_ids: string[] } };
}

/** Token usage of a completed step or a terminal run. */
export interface AssistantsUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_token_details: { cached_tokens: number };
  completion_tokens_details: { reasoning_tokens: number };
}

/** A tool the assistant may call, as listed on the run. */
export type AssistantsTool =
  | { type: 'code_interpreter' }
  | { type: 'file_search'; file_search: { ranking_options: { ranker: string; score_threshold: number; hybrid_search: null } } }
  | { type: 'function'; function: { name: string; description: string; parameters: Record<string, unknown>; strict: boolean } };

/** A function call awaiting its output in `required_action`. */
export interface AssistantsRequiredCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** Status of a run. */
export type AssistantsRunStatus =
  | 'queued'
  | 'in_progress'
  | 'requires_action'
  | 'cancelling'
  | 'cancelled'
  | 'failed'
  | 'completed'
  | 'incomplete'
  | 'expired';

/** `thread.run`. */
export interface AssistantsRunObject {
  id: string;
  object: 'thread.run';
  created_at: number;
  assistant_id: string;
  thread_id: string;
  status: AssistantsRunStatus;
  started_at: number | null;
  expires_at: number | null;
  cancelled_at: number | null;
  failed_at: number | null;
  completed_at: number | null;
  required_action: { type: 'submit_tool_outputs'; submit_tool_outputs: { tool_calls: AssistantsRequiredCall[] } } | null;
  last_error: { code: string; message: string } | null;
  model: string;
  instructions: string | null;
  tools: AssistantsTool[];
  tool_resources: { code_interpreter: { file_ids: string[] } };
  metadata: Record<string, string>;
  temperature: number;
  top_p: number;
  reasoning_effort: null;
  max_completion_tokens: number | null;
  max_prompt_tokens: number | null;
  truncation_strategy: { type: 'auto'; last_messages: null };
  incomplete_details: { reason: 'max_completion_tokens' | 'max_prompt_tokens' } | null;
  usage: AssistantsUsage | null;
  response_format: 'auto';
  tool_choice: 'auto';
  parallel_tool_calls: boolean;
}

/** One entry of a `tool_calls` step. */
export type AssistantsToolCall =
  | { id: string; type: 'function'; function: { name: string; arguments: string; output: string | null } }
  | {
      id: string;
      type: 'code_interpreter';
      code_interpreter: { input: string; outputs: ({ type: 'logs'; logs: string } | { type: 'image'; image: { file_id: string } })[] };
    }
  | {
      id: string;
      type: 'file_search';
      file_search: {
        ranking_options: { ranker: string; score_threshold: number };
        results: { file_id: string; file_name: string; score: number; attributes: Record<string, never>; content: { type: 'text'; text: string }[] }[];
      };
    };

/** `thread.run.step`. */
export interface AssistantsStepObject {
  id: string;
  object: 'thread.run.step';
  created_at: number;
  run_id: string;
  assistant_id: string;
  thread_id: string;
  type: 'message_creation' | 'tool_calls';
  status: 'in_progress' | 'cancelled' | 'failed' | 'completed' | 'expired';
  cancelled_at: number | null;
  completed_at: number | null;
  expires_at: number | null;
  failed_at: number | null;
  last_error: { code: string; message: string } | null;
  step_details: { type: 'message_creation'; message_creation: { message_id: string } } | { type: 'tool_calls'; tool_calls: AssistantsToolCall[] };
  usage: AssistantsUsage | null;
}

/** An annotation on a text part of a completed message. */
export type AssistantsAnnotation =
  | { type: 'file_citation'; text: string; start_index: number; end_index: number; file_citation: { file_id: string } }
  | { type: 'file_path'; text: string; start_index: number; end_index: number; file_path: { file_id: string } };

/** One part of a message's `content`. */
export type AssistantsMessageContent =
  | { type: 'text'; text: { value: string; annotations: AssistantsAnnotation[] } }
  | { type: 'image_file'; image_file: { file_id: string } };

/** `thread.message`. */
export interface AssistantsMessageObject {
  id: string;
  object: 'thread.message';
  created_at: number;
  assistant_id: string | null;
  thread_id: string;
  run_id: string | null;
  status: 'in_progress' | 'incomplete' | 'completed';
  incomplete_details: { reason: 'max_tokens' | 'run_cancelled' | 'run_failed' } | null;
  incomplete_at: number | null;
  completed_at: number | null;
  role: 'user' | 'assistant';
  content: AssistantsMessageContent[];
  attachments: never[];
  metadata: Record<string, string>;
}

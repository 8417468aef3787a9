/** One entry of a `todo-update` frame. */
export interface TeammateTodo {
  id: string;
  content: string;
  status: 'pending' | 'in_progress' | 'completed';
}

/** One question of an AskUserQuestion request. */
export interface TeammateQuestion {
  question: string;
  header: string;
  multiSelect: boolean;
  options: { label: string; description: string }[];
}

/** The terminal failure types that end a stream with no `done`. */
export type TeammateFailureType =
  | 'sdk_error'
  | 'AGENT_RUNNER_DIED'
  | 'RUNNER_LIFECYCLE_ERROR'
  | 'SANDBOX_BOOT_TIMEOUT'
  | 'SANDBOX_QUOTA_EXHAUSTED'
  | 'SANDBOX_UNAVAILABLE'
  | 'SNAPSHOT_VERSION_MISMATCH';

/**
 * One Teammate (m8tes) SSE frame: `data: <json>` whose `type` discriminates. Keys are declared
 * in wire order. The human-in-the-loop payloads (`awaiting_approval`, `permission_request`,
 * `permission_resolved`) are the simulator's own: the vendor names the types but not their fields.
 */
export type TeammateFrame =
  | { type: 'metadata'; payload: { run_id: number } }
  | { type: 'text-start' | 'text-end' | 'reasoning-start' | 'reasoning-end'; id: string }
  | { type: 'text-delta'; id?: string; delta: string }
  | { type: 'reasoning-delta'; id: string; delta: string }
  | { type: 'tool-call-start'; toolCallId: string; toolName: string }
  | { type: 'tool-call-delta' | 'tool-result-delta'; toolCallId: string; delta: string }
  | { type: 'tool-call-end' | 'tool-result-start'; toolCallId: string }
  | { type: 'tool-result-end'; toolCallId: string; result: unknown }
  | { type: 'todo-update'; toolCallId: string; todos: TeammateTodo[] }
  | { type: 'awaiting_approval'; request_id: string; tool_name: 'AskUserQuestion'; tool_input: { questions: TeammateQuestion[] } }
  | { type: 'permission_request'; request_id: string; tool_name: string; tool_input: Record<string, unknown>; consequence: string; can_remember: boolean }
  | { type: 'permission_resolved'; request_id: string; decision: 'allow' | 'deny' | 'answered' }
  | {
      type: 'run_metrics';
      execution_time_ms: number;
      input_tokens_used: number;
      output_tokens_used: number;
      claude_token_cost_usd: number;
      stop_reason: 'end_turn';
      completion_state: 'complete';
    }
  | { type: 'done'; stop_reason: 'end_turn' }
  | { type: 'error'; error: string; error_code: string }
  | { type: 'cancelled' | 'keep-alive' }
  | { type: TeammateFailureType; error: string };

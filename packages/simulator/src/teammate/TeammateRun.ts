import type { SseStream } from '../openSseStream';
import type { TeammatePermissionRequest } from './TeammatePermissionRequest';

/** Status of a Teammate run. */
export type TeammateRunStatus = 'running' | 'awaiting_approval' | 'completed' | 'failed' | 'cancelled';

/** How much the agent may do without asking. */
export type TeammatePermissionMode = 'autonomous' | 'approval' | 'plan';

/** Token usage of a run, summed over its turns. */
export interface TeammateUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_creation_tokens: number;
  total_tokens: number;
  /** A decimal string, as the API sends it. */
  cost_usd: string;
}

/** The user's answer to a paused run. */
export type TeammateGateDecision = { decision: 'answered'; answer: string } | { decision: 'allow' } | { decision: 'deny'; reason: string | undefined };

/** A pause waiting for `/answer` or `/approve`. */
export interface TeammateGate {
  request: TeammatePermissionRequest;
  /** Aborted once `decision` is set, which wakes the paused turn. */
  controller: AbortController;
  decision: TeammateGateDecision | undefined;
}

/** The simulator's state for one run. */
export interface TeammateRun {
  id: number;
  teammateId: string | null;
  status: TeammateRunStatus;
  /** The current turn's text so far; null until its first text. */
  output: string | null;
  error: string | null;
  errorCode: string | null;
  stopReason: string | null;
  usage: TeammateUsage | null;
  createdAt: string;
  updatedAt: string;
  permissionMode: TeammatePermissionMode;
  humanInTheLoop: boolean;
  metadata: Record<string, unknown> | null;
  /** The current turn's frames as sent, from its `metadata` frame on: what a re-join replays. */
  frames: string[];
  /** Open streams of the current turn. */
  subscribers: Set<SseStream>;
  /** Aborted by `POST /runs/{id}/cancel`; each turn gets a fresh one. */
  controller: AbortController;
  permissions: TeammatePermissionRequest[];
  gate: TeammateGate | undefined;
  /** Tools the user allowed with `remember: true`, which later requests skip asking for. */
  rememberedTools: Set<string>;
}

/** What a run takes from the create request. */
export interface TeammateRunInput {
  id: number;
  teammateId: string | null;
  permissionMode: TeammatePermissionMode;
  humanInTheLoop: boolean;
  metadata: Record<string, unknown> | null;
}

/** Creates a running run with no turn played yet. */
export function createTeammateRun(input: TeammateRunInput): TeammateRun {
  const now = new Date().toISOString();
  return {
    ...input,
    status: 'running',
    output: null,
    error: null,
    errorCode: null,
    stopReason: null,
    usage: null,
    createdAt: now,
    updatedAt: now,
    frames: [],
    subscribers: new Set(),
    controller: new AbortController(),
    permissions: [],
    gate: undefined,
    rememberedTools: new Set(),
  };
}

/** True while a turn is executing (a re-join is allowed, a reply is not). */
export function isExecuting(run: TeammateRun): boolean {
  return run.status === 'running' || run.status === 'awaiting_approval';
}

/** The Run JSON of `GET /api/v2/runs/{id}` and the non-streaming answers. */
export function toTeammateRunJson(run: TeammateRun): Record<string, unknown> {
  return {
    id: run.id,
    teammate_id: run.teammateId,
    status: run.status,
    output: run.output,
    error: run.error,
    error_code: run.errorCode,
    retryable: run.errorCode !== null && run.errorCode !== 'SANDBOX_QUOTA_EXHAUSTED',
    user_id: null,
    metadata: run.metadata,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    permission_mode: run.permissionMode,
    human_in_the_loop: run.humanInTheLoop,
    task_id: null,
    usage: run.usage,
    stop_reason: run.stopReason,
  };
}

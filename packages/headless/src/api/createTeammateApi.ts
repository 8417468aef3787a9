import { requestJson } from '../transport/requestJson';
import type { StreamRequest } from '../transport/StreamRequest';
import type { ApiOptions } from './ApiOptions';

/** What a new Teammate run is started with, besides the message. Keys are the API's own. */
export interface TeammateRunSettings {
  teammate_id?: string | number;
  human_in_the_loop?: boolean;
  permission_mode?: 'autonomous' | 'approval' | 'plan';
  tools?: string[];
  metadata?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The fields of a Run object Threadline reads. */
export interface TeammateRun {
  id: number | string;
  status: string;
  output?: string | null;
  error?: string | null;
  error_code?: string | null;
  stop_reason?: string | null;
  usage?: Record<string, unknown> | null;
}

/** A pending (or resolved) request for the user's decision. */
export interface TeammatePermissionRequest {
  request_id: string;
  tool_name: string;
  tool_input: unknown;
  status: string;
  [key: string]: unknown;
}

/** An answer to an approval request. */
export interface TeammateApproval {
  requestId: string;
  decision: 'allow' | 'deny';
  remember?: boolean;
  reason?: string;
}

/** The Teammate (m8tes) Runs API calls Threadline makes. */
export interface TeammateApi {
  readonly options: ApiOptions;
  /** `POST /runs/` with `stream: true`. */
  createRunStream(message: string, settings?: TeammateRunSettings): StreamRequest;
  /** `POST /runs/` with `stream: false`: the run starts and this answers with it at once. */
  createRun(message: string, settings?: TeammateRunSettings, signal?: AbortSignal): Promise<TeammateRun>;
  /** `POST /runs/{id}/reply` with `stream: true`: the same run takes another turn. */
  replyStream(runId: string, message: string): StreamRequest;
  /** `POST /runs/{id}/reply` with `stream: false`. */
  reply(runId: string, message: string, signal?: AbortSignal): Promise<TeammateRun>;
  /** `GET /runs/{id}/stream`: re-joins a live run, replaying it from the start. */
  joinStream(runId: string): StreamRequest;
  /** `GET /runs/{id}`. */
  getRun(runId: string, signal?: AbortSignal): Promise<TeammateRun>;
  /** `POST /runs/{id}/cancel`. */
  cancelRun(runId: string, signal?: AbortSignal): Promise<TeammateRun>;
  /** `GET /runs/{id}/permissions`. */
  listPermissions(runId: string, signal?: AbortSignal): Promise<TeammatePermissionRequest[]>;
  /** `POST /runs/{id}/answer`: answers keyed by question text (or header). */
  answer(runId: string, answers: Record<string, string>, requestId?: string | null, signal?: AbortSignal): Promise<unknown>;
  /** `POST /runs/{id}/approve`. */
  approve(runId: string, approval: TeammateApproval, signal?: AbortSignal): Promise<unknown>;
}

/** A client for the Teammate (m8tes) Runs API; `baseUrl` is the API root, e.g. `https://api.m8tes.ai/api/v2`. */
export function createTeammateApi(options: ApiOptions): TeammateApi {
  const root = options.baseUrl.replace(/\/+$/, '');
  const url = (...segments: string[]) => `${root}/runs${segments.map((segment) => `/${encodeURIComponent(segment)}`).join('')}`;
  const { headers, fetch } = options;
  const json = <T>(target: string, method: string, body: unknown, signal?: AbortSignal) => requestJson<T>(target, { method, body, headers, fetch, signal });

  return {
    options,
    createRunStream: (message, settings) => ({ url: `${root}/runs/`, method: 'POST', json: { ...settings, message, stream: true }, headers, fetch }),
    createRun: (message, settings, signal) => json<TeammateRun>(`${root}/runs/`, 'POST', { ...settings, message, stream: false }, signal),
    replyStream: (runId, message) => ({ url: url(runId, 'reply'), method: 'POST', json: { message, stream: true }, headers, fetch }),
    reply: (runId, message, signal) => json<TeammateRun>(url(runId, 'reply'), 'POST', { message, stream: false }, signal),
    joinStream: (runId) => ({ url: url(runId, 'stream'), headers, fetch }),
    getRun: (runId, signal) => json<TeammateRun>(url(runId), 'GET', undefined, signal),
    cancelRun: (runId, signal) => json<TeammateRun>(url(runId, 'cancel'), 'POST', undefined, signal),
    async listPermissions(runId, signal) {
      const list = await json<TeammatePermissionRequest[] | { data?: TeammatePermissionRequest[] } | null>(url(runId, 'permissions'), 'GET', undefined, signal);
      return Array.isArray(list) ? list : Array.isArray(list?.data) ? list.data : [];
    },
    answer: (runId, answers, requestId, signal) => json(url(runId, 'answer'), 'POST', requestId ? { answers, request_id: requestId } : { answers }, signal),
    approve: (runId, approval, signal) =>
      json(url(runId, 'approve'), 'POST', { request_id: approval.requestId, decision: approval.decision, remember: approval.remember ?? false, reason: approval.reason }, signal),
  };
}

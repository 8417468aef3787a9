import type { HeadersOption } from '../transport/HeadersOption';
import { requestJson } from '../transport/requestJson';
import { TransportError } from '../transport/TransportError';

/** Where and how to reach a Boosted Thread API. */
export interface BoostedApiOptions {
  /** The API root, e.g. `https://sandbox.api.boosted.ai` (the part before `/v2`). */
  baseUrl: string;
  /** Sent with every request; a function is evaluated per request, so a fresh token is used. */
  headers?: HeadersOption;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/** `GET /v2/threads/{id}/progress`'s `progress_data`. */
export interface BoostedProgress {
  log: string | null;
  status: string | null;
}

/** One entry of `GET /v2/threads/{id}/messages`. */
export interface BoostedHistoryMessage {
  id: string | null;
  isUser: boolean;
  text: string;
  citations: unknown[];
}

/** A page of a thread's history. */
export interface BoostedHistoryPage {
  messages: BoostedHistoryMessage[];
  /** How many messages the thread has in all (the page's length when the server does not say). */
  total: number;
}

/** A fetched artifact: the server's `artifact` object, as it sent it. */
export interface BoostedArtifact {
  artifactId: string;
  artifact: Record<string, unknown>;
}

/** The Boosted Thread API's REST calls and stream address. */
export interface BoostedApi {
  readonly options: BoostedApiOptions;
  /** `POST /v2/threads`. */
  createThread(name: string, signal?: AbortSignal): Promise<{ threadId: string }>;
  /** `POST /v2/threads/{id}/messages` (form data, as the vendor documents). */
  postMessage(threadId: string, text: string, signal?: AbortSignal): Promise<void>;
  /** `GET /v2/threads/{id}/progress`; null before the thread has any task. */
  getProgress(threadId: string, signal?: AbortSignal): Promise<BoostedProgress | null>;
  /** One page of `GET /v2/threads/{id}/messages`, oldest first, with the thread's message count. */
  getMessages(threadId: string, page?: { startIndex?: number; limit?: number }, signal?: AbortSignal): Promise<BoostedHistoryPage>;
  /** The thread's newest message, whatever the thread's length; null for an empty thread. */
  getLatestMessage(threadId: string, signal?: AbortSignal): Promise<BoostedHistoryMessage | null>;
  /** `DELETE /v2/threads/{id}/task`: stops the running task; the stream then ends the message. */
  cancelTask(threadId: string, signal?: AbortSignal): Promise<boolean>;
  /** `GET /v2/threads/{id}/artifacts/{artifactId}`. */
  getArtifact(threadId: string, artifactId: string, signal?: AbortSignal): Promise<BoostedArtifact>;
  /** The URL of `GET /v2/threads/stream/{id}`. */
  streamUrl(threadId: string): string;
}

/** A client for the Boosted Thread API's REST endpoints. */
export function createBoostedApi(options: BoostedApiOptions): BoostedApi {
  const root = options.baseUrl.replace(/\/+$/, '');
  const url = (...segments: string[]) => `${root}/v2/threads${segments.map((segment) => `/${encodeURIComponent(segment)}`).join('')}`;
  const call = <T>(target: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}) =>
    requestJson<T>(target, { ...init, headers: options.headers, fetch: options.fetch });

  const api: BoostedApi = {
    options,
    async createThread(name, signal) {
      const body = await call<{ thread_id?: unknown }>(url(), { method: 'POST', body: { thread_name: name }, signal });
      if (typeof body?.thread_id !== 'string') throw new TransportError('protocol', 'POST /v2/threads answered without a thread_id.');
      return { threadId: body.thread_id };
    },
    async postMessage(threadId, text, signal) {
      await call(url(threadId, 'messages'), { method: 'POST', body: new URLSearchParams({ message: text }), signal });
    },
    async getProgress(threadId, signal) {
      const body = await call<{ progress_data?: Record<string, unknown> | null }>(url(threadId, 'progress'), { signal });
      const data = body?.progress_data;
      if (!data || typeof data !== 'object') return null;
      return {
        log: typeof data.log === 'string' ? data.log : null,
        status: typeof data.status === 'string' ? data.status : null,
      };
    },
    async getMessages(threadId, page = {}, signal) {
      const query = new URLSearchParams({ start_index: String(page.startIndex ?? 0), limit_num: String(page.limit ?? 25) });
      const body = await call<{ messages?: unknown; total_message_count?: unknown }>(`${url(threadId, 'messages')}?${query}`, { signal });
      const list = Array.isArray(body) ? body : Array.isArray(body?.messages) ? body.messages : [];
      const messages = list.filter(isObject).map(toHistoryMessage);
      const total = typeof body?.total_message_count === 'number' ? body.total_message_count : messages.length;
      return { messages, total };
    },
    async getLatestMessage(threadId, signal) {
      // The history is paged oldest first, so the newest message is found through the count.
      const first = await api.getMessages(threadId, { startIndex: 0, limit: 1 }, signal);
      if (first.total <= 1) return first.messages[0] ?? null;
      const last = await api.getMessages(threadId, { startIndex: first.total - 1, limit: 1 }, signal);
      return last.messages[last.messages.length - 1] ?? null;
    },
    async cancelTask(threadId, signal) {
      const body = await call<{ success?: unknown }>(url(threadId, 'task'), { method: 'DELETE', signal });
      return body?.success !== false;
    },
    async getArtifact(threadId, artifactId, signal) {
      const body = await call<{ artifact_id?: unknown; artifact?: unknown }>(url(threadId, 'artifacts', artifactId), { signal });
      if (!isObject(body?.artifact)) throw new TransportError('protocol', `Artifact ${artifactId} came without an artifact object.`);
      return { artifactId: typeof body.artifact_id === 'string' ? body.artifact_id : artifactId, artifact: body.artifact };
    },
    streamUrl(threadId) {
      return `${root}/v2/threads/stream/${encodeURIComponent(threadId)}`;
    },
  };
  return api;
}

function toHistoryMessage(entry: Record<string, unknown>): BoostedHistoryMessage {
  const metadata = isObject(entry.message_metadata) ? entry.message_metadata : {};
  const text = typeof entry.message === 'string' ? entry.message : typeof entry.text === 'string' ? entry.text : '';
  const isUser = entry.is_user_message === true || entry.role === 'user';
  return {
    id: typeof entry.message_id === 'string' ? entry.message_id : null,
    isUser,
    text,
    citations: Array.isArray(metadata.citations) ? metadata.citations : [],
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

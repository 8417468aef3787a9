import type { HeadersOption } from '../transport/HeadersOption';
import { resolveHeaders } from '../transport/HeadersOption';
import { requestJson } from '../transport/requestJson';
import type { StreamRequest } from '../transport/StreamRequest';
import type { ApiOptions } from './ApiOptions';

/** Where to reach an OpenAI Assistants API (or a compatible backend) and which assistant runs. */
export interface AssistantsApiOptions extends ApiOptions {
  /** The assistant that answers (`asst_…`). */
  assistantId: string;
}

/** The fields of a Run object a client reads while it polls. */
export interface AssistantsRun {
  id: string;
  thread_id?: string;
  status: string;
  last_error?: { code?: string | null; message?: string } | null;
  incomplete_details?: { reason?: string } | null;
  usage?: Record<string, unknown> | null;
}

/** A message as `GET /threads/{id}/messages` lists it. */
export interface AssistantsMessage {
  id: string;
  role: string;
  run_id?: string | null;
  created_at?: number;
  status?: string;
  content: unknown[];
}

/** One tool call's output, for `submit_tool_outputs`. */
export interface AssistantsToolOutput {
  toolCallId: string;
  output: string;
}

/** The Assistants v2 calls Threadline makes: streamed runs, tool outputs, cancel, and the reads to recover. */
export interface AssistantsApi {
  readonly options: AssistantsApiOptions;
  /** `POST /threads/runs`: a new thread with the user's message, and a run on it, streamed. */
  createThreadAndRun(text: string): StreamRequest;
  /** `POST /threads/{id}/runs` with the message as `additional_messages`, streamed. */
  createRun(threadId: string, text: string): StreamRequest;
  /** `POST /threads/{id}/runs/{run}/submit_tool_outputs`, streamed: the run goes on in the response. */
  submitToolOutputs(threadId: string, runId: string, outputs: readonly AssistantsToolOutput[]): StreamRequest;
  /** `POST /threads/{id}/runs/{run}/cancel`: answers with the run, usually `cancelling`. */
  cancelRun(threadId: string, runId: string, signal?: AbortSignal): Promise<AssistantsRun>;
  /** `GET /threads/{id}/runs/{run}`. */
  getRun(threadId: string, runId: string, signal?: AbortSignal): Promise<AssistantsRun>;
  /** `GET /threads/{id}/messages?run_id=…`: the messages a run wrote, oldest first. */
  listRunMessages(threadId: string, runId: string, signal?: AbortSignal): Promise<AssistantsMessage[]>;
}

/** A client for the OpenAI Assistants API v2 (`OpenAI-Beta: assistants=v2`). */
export function createAssistantsApi(options: AssistantsApiOptions): AssistantsApi {
  const root = options.baseUrl.replace(/\/+$/, '');
  const url = (...segments: string[]) => `${root}/threads${segments.map((segment) => `/${encodeURIComponent(segment)}`).join('')}`;
  const withBeta = (resolved: Headers) => {
    resolved.set('openai-beta', 'assistants=v2');
    return resolved;
  };
  // Not async: headers at hand let a run's request leave before the question it sends renders.
  const headers: HeadersOption = () => {
    const resolved = resolveHeaders(options.headers);
    return resolved instanceof Promise ? resolved.then(withBeta) : withBeta(resolved);
  };
  const stream = (target: string, json: Record<string, unknown>): StreamRequest => ({
    url: target,
    method: 'POST',
    json: { ...json, stream: true },
    headers,
    fetch: options.fetch,
  });
  const userMessage = (text: string) => ({ role: 'user', content: text });

  return {
    options,
    createThreadAndRun: (text) => stream(`${root}/threads/runs`, { assistant_id: options.assistantId, thread: { messages: [userMessage(text)] } }),
    createRun: (threadId, text) => stream(url(threadId, 'runs'), { assistant_id: options.assistantId, additional_messages: [userMessage(text)] }),
    submitToolOutputs: (threadId, runId, outputs) =>
      stream(url(threadId, 'runs', runId, 'submit_tool_outputs'), {
        tool_outputs: outputs.map((output) => ({ tool_call_id: output.toolCallId, output: output.output })),
      }),
    cancelRun: (threadId, runId, signal) =>
      requestJson<AssistantsRun>(url(threadId, 'runs', runId, 'cancel'), { method: 'POST', headers, fetch: options.fetch, signal }),
    getRun: (threadId, runId, signal) => requestJson<AssistantsRun>(url(threadId, 'runs', runId), { headers, fetch: options.fetch, signal }),
    async listRunMessages(threadId, runId, signal) {
      const query = new URLSearchParams({ run_id: runId, order: 'asc', limit: '100' });
      const page = await requestJson<{ data?: AssistantsMessage[] } | null>(`${url(threadId, 'messages')}?${query}`, { headers, fetch: options.fetch, signal });
      // Servers that ignore the query still answer: filter and order here too.
      const messages = Array.isArray(page?.data) ? page.data.filter((message) => message.run_id === runId) : [];
      return messages.sort((a, b) => (a.created_at ?? 0) - (b.created_at ?? 0));
    },
  };
}

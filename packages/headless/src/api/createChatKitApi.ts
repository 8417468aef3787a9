import { requestJson } from '../transport/requestJson';
import type { StreamRequest } from '../transport/StreamRequest';
import type { ApiOptions } from './ApiOptions';

/** The ChatKit request types whose response is an event stream. */
export type ChatKitStreamingRequestType =
  | 'threads.create'
  | 'threads.add_user_message'
  | 'threads.add_client_tool_output'
  | 'threads.retry_after_item'
  | 'threads.custom_action';

/** A widget action, as ChatKit sends it to the server. */
export interface ChatKitAction {
  type: string;
  payload?: unknown;
}

/** A page of items, as `items.list` answers. */
export interface ChatKitItemsPage {
  data: unknown[];
  has_more: boolean;
  after?: string;
}

/**
 * The ChatKit server protocol: one endpoint, one JSON body `{type, params, metadata}` per request.
 * `baseUrl` is the endpoint itself (for example `https://example.com/chatkit`).
 */
export interface ChatKitApi {
  readonly options: ApiOptions;
  /** A streamed request (`threads.create`, `threads.add_user_message`, ...). */
  stream(type: ChatKitStreamingRequestType, params: Record<string, unknown>): StreamRequest;
  /** `threads.create` with the user's text. */
  createThread(text: string): StreamRequest;
  /** `threads.add_user_message`. */
  addUserMessage(threadId: string, text: string): StreamRequest;
  /** `threads.add_client_tool_output`: the pending client tool's result; the response goes on. */
  addClientToolOutput(threadId: string, result: unknown): StreamRequest;
  /** `threads.retry_after_item`: answer the given user message again. */
  retryAfterItem(threadId: string, itemId: string): StreamRequest;
  /** `threads.custom_action` (a widget's server action). */
  /** `threads.custom_action`; only `type` and `payload` are sent, so a widget's action (with its client-side `handler` and `loadingBehavior`) can be passed as it is. */
  customAction(threadId: string, action: ChatKitAction, itemId?: string | null): StreamRequest;
  /** `threads.get_by_id`. */
  getThread(threadId: string, signal?: AbortSignal): Promise<Record<string, unknown>>;
  /** `items.list`, oldest first. */
  listItems(threadId: string, page?: { limit?: number; after?: string }, signal?: AbortSignal): Promise<ChatKitItemsPage>;
}

/** A client for a ChatKit server endpoint (chatkit-python's `ChatKitServer.process`). */
export function createChatKitApi(options: ApiOptions): ChatKitApi {
  const { baseUrl: url, headers, fetch } = options;
  const input = (text: string) => ({ content: [{ type: 'input_text', text }], attachments: [], inference_options: {} });
  const stream = (type: ChatKitStreamingRequestType, params: Record<string, unknown>): StreamRequest => ({
    url,
    method: 'POST',
    json: { type, params, metadata: {} },
    headers,
    fetch,
  });
  const call = <T>(type: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    requestJson<T>(url, { method: 'POST', body: { type, params, metadata: {} }, headers, fetch, signal });

  return {
    options,
    stream,
    createThread: (text) => stream('threads.create', { input: input(text) }),
    addUserMessage: (threadId, text) => stream('threads.add_user_message', { thread_id: threadId, input: input(text) }),
    addClientToolOutput: (threadId, result) => stream('threads.add_client_tool_output', { thread_id: threadId, result }),
    retryAfterItem: (threadId, itemId) => stream('threads.retry_after_item', { thread_id: threadId, item_id: itemId }),
    // Only the action's own fields go on the wire: a widget's action also carries client-side hints.
    customAction: (threadId, action, itemId) =>
      stream('threads.custom_action', { thread_id: threadId, item_id: itemId ?? null, action: { type: action.type, payload: action.payload } }),
    getThread: (threadId, signal) => call('threads.get_by_id', { thread_id: threadId }, signal),
    async listItems(threadId, page, signal) {
      const result = await call<ChatKitItemsPage | null>('items.list', { thread_id: threadId, order: 'asc', limit: page?.limit ?? 100, after: page?.after ?? null }, signal);
      return { data: Array.isArray(result?.data) ? result.data : [], has_more: result?.has_more === true, after: result?.after };
    },
  };
}

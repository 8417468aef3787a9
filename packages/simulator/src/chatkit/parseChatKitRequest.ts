import { isRecord } from '../isRecord';
import type { ChatKitInferenceOptions, ChatKitUserContent } from './ChatKitItem';

/** A user message as a request carries it. */
export interface ChatKitUserInput {
  content: ChatKitUserContent[];
  quotedText: string | undefined;
  inferenceOptions: ChatKitInferenceOptions;
}

/** Paging parameters of the list requests. */
export interface ChatKitListParams {
  limit: number;
  order: 'asc' | 'desc';
  after: string | undefined;
}

/** A validated ChatKit request (the simulator's subset of chatkit-python's `ChatKitReq`). */
export type ChatKitRequest =
  | { type: 'threads.create'; input: ChatKitUserInput }
  | { type: 'threads.add_user_message'; threadId: string; input: ChatKitUserInput }
  | { type: 'threads.add_client_tool_output'; threadId: string; result: unknown }
  | { type: 'threads.retry_after_item'; threadId: string; itemId: string }
  | { type: 'threads.custom_action'; threadId: string; itemId: string | undefined; action: { type: string; payload: unknown } }
  | { type: 'threads.get_by_id'; threadId: string }
  | { type: 'threads.list'; list: ChatKitListParams }
  | { type: 'items.list'; threadId: string; list: ChatKitListParams }
  | { type: 'items.feedback'; threadId: string; itemIds: string[]; kind: 'positive' | 'negative' }
  | { type: 'threads.update'; threadId: string; title: string }
  | { type: 'threads.delete'; threadId: string };

/** The request types answered with SSE. */
export type ChatKitStreamingRequest = Extract<
  ChatKitRequest,
  { type: 'threads.create' | 'threads.add_user_message' | 'threads.add_client_tool_output' | 'threads.retry_after_item' | 'threads.custom_action' }
>;

/** The request types answered with JSON. */
export type ChatKitJsonRequest = Exclude<ChatKitRequest, ChatKitStreamingRequest>;

/** What {@link parseChatKitRequest} found: a request, or why the body is invalid. */
export type ChatKitParseResult = { request: ChatKitRequest } | { error: string };

const streamingTypes: ReadonlySet<string> = new Set([
  'threads.create',
  'threads.add_user_message',
  'threads.add_client_tool_output',
  'threads.retry_after_item',
  'threads.custom_action',
]);

/** True for the requests answered with SSE. */
export function isStreamingRequest(request: ChatKitRequest): request is ChatKitStreamingRequest {
  return streamingTypes.has(request.type);
}

class InvalidRequest extends Error {}

function text(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw new InvalidRequest(`params.${name} must be a string`);
  return value;
}

function readContent(part: unknown): ChatKitUserContent {
  if (isRecord(part) && part.type === 'input_text' && typeof part.text === 'string') return { type: 'input_text', text: part.text };
  if (isRecord(part) && part.type === 'input_tag' && typeof part.id === 'string' && typeof part.text === 'string') {
    const data = isRecord(part.data) ? part.data : {};
    const group = typeof part.group === 'string' ? part.group : undefined;
    return { type: 'input_tag', id: part.id, text: part.text, data, group, interactive: part.interactive === true };
  }
  throw new InvalidRequest('params.input.content entries must be input_text or input_tag parts');
}

function readInput(params: Record<string, unknown>): ChatKitUserInput {
  const input = params.input;
  if (!isRecord(input) || !Array.isArray(input.content)) throw new InvalidRequest('params.input.content must be a list');
  const options = isRecord(input.inference_options) ? input.inference_options : {};
  const toolChoice = isRecord(options.tool_choice) && typeof options.tool_choice.id === 'string' ? { id: options.tool_choice.id } : undefined;
  const model = typeof options.model === 'string' ? options.model : undefined;
  return {
    content: input.content.map(readContent),
    quotedText: typeof input.quoted_text === 'string' ? input.quoted_text : undefined,
    inferenceOptions: { tool_choice: toolChoice, model },
  };
}

function readList(params: Record<string, unknown>): ChatKitListParams {
  const limit = typeof params.limit === 'number' && params.limit > 0 ? Math.floor(params.limit) : 20;
  const order = params.order === 'asc' ? 'asc' : 'desc';
  return { limit, order, after: typeof params.after === 'string' ? params.after : undefined };
}

function readRequest(type: unknown, params: Record<string, unknown>): ChatKitRequest {
  switch (type) {
    case 'threads.create':
      return { type, input: readInput(params) };
    case 'threads.add_user_message':
      return { type, threadId: text(params, 'thread_id'), input: readInput(params) };
    case 'threads.add_client_tool_output':
      if (!('result' in params)) throw new InvalidRequest('params.result is required');
      return { type, threadId: text(params, 'thread_id'), result: params.result };
    case 'threads.retry_after_item':
      return { type, threadId: text(params, 'thread_id'), itemId: text(params, 'item_id') };
    case 'threads.custom_action': {
      const action = params.action;
      if (!isRecord(action) || typeof action.type !== 'string') throw new InvalidRequest('params.action.type must be a string');
      const itemId = typeof params.item_id === 'string' ? params.item_id : undefined;
      return { type, threadId: text(params, 'thread_id'), itemId, action: { type: action.type, payload: action.payload ?? null } };
    }
    case 'threads.get_by_id':
    case 'threads.delete':
      return { type, threadId: text(params, 'thread_id') };
    case 'threads.list':
      return { type, list: readList(params) };
    case 'items.list':
      return { type, threadId: text(params, 'thread_id'), list: readList(params) };
    case 'items.feedback': {
      const itemIds = params.item_ids;
      if (!Array.isArray(itemIds) || !itemIds.every((id) => typeof id === 'string')) throw new InvalidRequest('params.item_ids must be a list of strings');
      if (params.kind !== 'positive' && params.kind !== 'negative') throw new InvalidRequest("params.kind must be 'positive' or 'negative'");
      return { type, threadId: text(params, 'thread_id'), itemIds: itemIds as string[], kind: params.kind };
    }
    case 'threads.update':
      return { type, threadId: text(params, 'thread_id'), title: text(params, 'title') };
    default:
      throw new InvalidRequest(`Unsupported request type ${JSON.stringify(type)}`);
  }
}

/** Validates a request body `{type, params, metadata?}`; never throws. */
export function parseChatKitRequest(body: unknown): ChatKitParseResult {
  if (!isRecord(body)) return { error: 'The body must be a JSON object' };
  const params = body.params ?? {};
  if (!isRecord(params)) return { error: 'params must be an object' };
  try {
    return { request: readRequest(body.type, params) };
  } catch (error) {
    if (error instanceof InvalidRequest) return { error: error.message };
    throw error;
  }
}

import { takeRequestFault } from '../faults/takeRequestFault';
import { readScenarioHeader } from '../readScenarioHeader';
import { addEarlierMessages } from './addEarlierMessages';
import { sendJson } from '../sendJson';
import type { ChatKitContext } from './ChatKitContext';
import type { ChatKitEvent } from './ChatKitEvent';
import type { ChatKitItem } from './ChatKitItem';
import { chatkitScenarioNames, findChatKitScenario } from './chatkitScenarios';
import type { ChatKitScenario } from './ChatKitStep';
import type { ChatKitThreadRecord } from './ChatKitThreadRecord';
import { createChatKitThreadRecord, toChatKitThread } from './ChatKitThreadRecord';
import { createChatKitId } from './createChatKitId';
import { createChatKitSession } from './createChatKitSession';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';
import type { ChatKitStreamingRequest, ChatKitUserInput } from './parseChatKitRequest';
import { playChatKitSteps } from './playChatKitSteps';
import type { ChatKitEventBuilder } from './playChatKitSteps';
import { resolveChatKitScenario } from './resolveChatKitScenario';
import { customActionScenario } from './scenarios/customActionScenario';

type UserMessage = Extract<ChatKitItem, { type: 'user_message' }>;

const streamOptions = (): ChatKitEvent => ({ type: 'stream_options', stream_options: { allow_cancel: true } });

// chatkit-python refuses an action on an item that is not a widget with this error and no answer.
const refusedAction: ChatKitScenario = { name: 'refused-action', description: 'An action on an item that is not a widget.', steps: [] };
const refusal = (): ChatKitEvent => ({ type: 'error', code: 'stream.error', allow_retry: false });

function messageText(item: UserMessage): string {
  return item.content.map((part) => part.text).join('\n');
}

/** Stores the user's message at once, as chatkit-python does before streaming. */
function addUserMessage(thread: ChatKitThreadRecord, input: ChatKitUserInput): UserMessage {
  const item: UserMessage = {
    id: createChatKitId('msg'),
    thread_id: thread.id,
    created_at: formatChatKitTimestamp(),
    type: 'user_message',
    content: input.content,
    attachments: [],
    quoted_text: input.quotedText,
    inference_options: input.inferenceOptions,
  };
  thread.items.push(item);
  return item;
}

function chooseScenario(context: ChatKitContext, message: string): ChatKitScenario | undefined {
  const resolution = resolveChatKitScenario({ pinned: context.pinnedScenario, header: readScenarioHeader(context.req), message });
  if ('scenario' in resolution) return resolution.scenario;
  sendJson(context.res, 400, { detail: `Unknown scenario "${resolution.unknownName}"`, scenarios: chatkitScenarioNames });
  return undefined;
}

function formatToolResult(result: unknown): string {
  return typeof result === 'string' ? result : `\`${JSON.stringify(result)}\``;
}

function play(context: ChatKitContext, thread: ChatKitThreadRecord, scenario: ChatKitScenario, prelude: ChatKitEventBuilder[], setup?: (values: Record<string, string>) => void, firstStep = 0): void {
  const session = createChatKitSession(context.res, thread, context.settings, scenario.paceFactor, context.tap);
  setup?.(session.values);
  context.sessions.add(session);
  playChatKitSteps(session, scenario, { prelude, firstStep })
    .catch((error: unknown) => console.error('[simulator] ChatKit stream failed', error))
    .finally(() => context.sessions.delete(session));
}

function answerStreamingRequest(context: ChatKitContext, request: ChatKitStreamingRequest): void {
  const { res, threads } = context;
  if (request.type === 'threads.create') {
    const scenario = chooseScenario(context, request.input.content.map((part) => part.text).join('\n'));
    if (!scenario) return;
    const thread = createChatKitThreadRecord();
    threads.set(thread.id, thread);
    const earlier = addEarlierMessages(thread, scenario.earlierMessages ?? 0);
    const item = addUserMessage(thread, request.input);
    const prelude = [(): ChatKitEvent => ({ type: 'thread.created', thread: toChatKitThread(thread) }), ...earlier, (): ChatKitEvent => ({ type: 'thread.item.done', item }), streamOptions];
    return play(context, thread, scenario, prelude);
  }

  const thread = threads.get(request.threadId);
  if (!thread) return sendJson(res, 404, { detail: `Thread ${request.threadId} not found` });
  switch (request.type) {
    case 'threads.add_user_message': {
      const scenario = chooseScenario(context, request.input.content.map((part) => part.text).join('\n'));
      if (!scenario) return;
      thread.continuation = undefined;
      const earlier = addEarlierMessages(thread, scenario.earlierMessages ?? 0);
      const item = addUserMessage(thread, request.input);
      return play(context, thread, scenario, [...earlier, () => ({ type: 'thread.item.done', item }), streamOptions]);
    }
    case 'threads.add_client_tool_output': {
      const last = thread.items.findLast((item) => item.type !== 'sdk_hidden_context');
      const continuation = thread.continuation;
      if (last?.type !== 'client_tool_call' || last.status !== 'pending' || !continuation) {
        return sendJson(res, 400, { detail: 'The last thread item is not a pending client tool call' });
      }
      last.status = 'completed';
      last.output = request.result;
      thread.continuation = undefined;
      const setup = (values: Record<string, string>) => (values.result = formatToolResult(request.result));
      return play(context, thread, continuation.scenario, [streamOptions], setup, continuation.nextStep);
    }
    case 'threads.retry_after_item': {
      const index = thread.items.findIndex((item) => item.id === request.itemId);
      const item = thread.items[index];
      if (item?.type !== 'user_message') return sendJson(res, 400, { detail: `Item ${request.itemId} is not a user message of this thread` });
      const resolved = chooseScenario(context, messageText(item));
      if (!resolved) return;
      const scenario = (resolved.retryScenario && findChatKitScenario(resolved.retryScenario)) || resolved;
      thread.items = thread.items.slice(0, index + 1);
      thread.continuation = undefined;
      return play(context, thread, scenario, [streamOptions]);
    }
    case 'threads.custom_action': {
      const target = thread.items.find((item) => item.id === request.itemId);
      if (target?.type !== 'widget') return play(context, thread, refusedAction, [streamOptions, refusal]);
      const setup = (values: Record<string, string>) => {
        values.action = request.action.type;
        values.payload = JSON.stringify(request.action.payload);
      };
      return play(context, thread, customActionScenario, [streamOptions], setup);
    }
    default: {
      request satisfies never;
    }
  }
}

/**
 * Answers a streaming request: takes its fault (a new thread's count under `threads.create`),
 * checks it (404 or 400 JSON before any byte is streamed), stores what the request adds, then
 * streams chatkit-python's prefix for the request type followed by the scenario's events.
 */
export function streamChatKitRequest(context: ChatKitContext, request: ChatKitStreamingRequest): void {
  const key = request.type === 'threads.create' ? request.type : request.threadId;
  const fault = takeRequestFault(context, { dialect: 'chatkit', key, streaming: true });
  if (fault) answerStreamingRequest({ ...context, tap: fault.tap }, request);
}

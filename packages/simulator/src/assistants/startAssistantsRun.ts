import { takeRequestFault } from '../faults/takeRequestFault';
import { isRecord } from '../isRecord';
import { openSseStream } from '../openSseStream';
import { readScenarioHeader } from '../readScenarioHeader';
import { sendJson } from '../sendJson';
import type { AssistantsTool } from './AssistantsObject';
import type { AssistantsContext } from './AssistantsContext';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsThread } from './AssistantsThread';
import { assistantsScenarioNames } from './assistantsScenarios';
import { createInputMessageObject, createRunObject } from './createAssistantsObject';
import { playAssistantsRun } from './playAssistantsRun';
import { resolveAssistantsScenario } from './resolveAssistantsScenario';
import { sendAssistantsError } from './sendAssistantsError';

/** A message of `thread.messages` or `additional_messages`, reduced to what the simulator keeps. */
export interface AssistantsInputMessage {
  role: 'user' | 'assistant';
  text: string;
}

function readText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts = content.map((part) => (isRecord(part) && part.type === 'text' && typeof part.text === 'string' ? part.text : undefined));
  return texts.every((text) => text !== undefined) ? texts.join('\n') : undefined;
}

/**
 * Reads a list of input messages (`content` a string or text parts); answers 400 and returns
 * undefined when one is malformed. A missing list reads as empty.
 */
export function readInputMessages(context: AssistantsContext, value: unknown, param: string): AssistantsInputMessage[] | undefined {
  if (value === undefined || value === null) return [];
  const messages = Array.isArray(value)
    ? value.map((message) => {
        const role = isRecord(message) ? message.role : undefined;
        const text = isRecord(message) ? readText(message.content) : undefined;
        return (role === 'user' || role === 'assistant') && text !== undefined ? { role, text } : undefined;
      })
    : [undefined];
  if (messages.every((message) => message !== undefined)) return messages as AssistantsInputMessage[];
  sendAssistantsError(context.res, 400, `Invalid '${param}': each message needs a role of 'user' or 'assistant' and text content.`, { param });
  return undefined;
}

/** Appends input messages to the thread's history. */
export function addInputMessages(thread: AssistantsThread, messages: readonly AssistantsInputMessage[]): void {
  for (const { role, text } of messages) thread.messages.push(createInputMessageObject(thread.object.id, role, text));
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function readMetadata(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * Starts a run on `thread` for a validated request body: adds the input messages, picks the
 * scenario from the last user message, answers with the stream (`stream: true`) or the queued Run
 * JSON, and plays the run. Answers 400, changing nothing, for an unknown scenario or when the
 * thread already has an active run. A `threadCreated` thread is registered only once the run starts.
 */
export function startAssistantsRun(
  context: AssistantsContext,
  thread: AssistantsThread,
  body: Record<string, unknown>,
  messages: readonly AssistantsInputMessage[],
  threadCreated: boolean,
): void {
  const { res, settings } = context;
  const lastUserMessage = messages.findLast((message) => message.role === 'user');
  const storedUserMessage = thread.messages.findLast((message) => message.role === 'user');
  const storedText = storedUserMessage?.content[0]?.type === 'text' ? storedUserMessage.content[0].text.value : '';
  const message = lastUserMessage?.text ?? storedText;
  const resolution = resolveAssistantsScenario({ pinned: context.pinnedScenario, header: readScenarioHeader(context.req), message });
  if ('unknownName' in resolution) {
    return sendAssistantsError(res, 400, `Unknown scenario "${resolution.unknownName}"`, { code: 'unknown_scenario' }, { scenarios: assistantsScenarioNames });
  }
  if (thread.activeRun) {
    return sendAssistantsError(res, 400, `Thread ${thread.object.id} already has an active run ${thread.activeRun.object.id}.`);
  }
  // A new thread's id is random, so its runs count under the route instead.
  const fault = takeRequestFault(context, { dialect: 'assistants', key: threadCreated ? 'POST /v1/threads/runs' : thread.object.id, streaming: body.stream === true });
  if (!fault) return;
  if (threadCreated) context.threads.set(thread.object.id, thread);
  addInputMessages(thread, messages);
  const { scenario } = resolution;
  const object = createRunObject({
    threadId: thread.object.id,
    assistantId: body.assistant_id as string,
    model: typeof body.model === 'string' ? body.model : 'gpt-4o',
    instructions: typeof body.instructions === 'string' ? body.instructions : scenario.instructions,
    tools: Array.isArray(body.tools) ? (body.tools as AssistantsTool[]) : [...scenario.tools],
    metadata: readMetadata(body.metadata),
    maxCompletionTokens: optionalNumber(body.max_completion_tokens),
    maxPromptTokens: optionalNumber(body.max_prompt_tokens),
  });
  const promptCharacters = thread.messages.reduce((total, message) => total + JSON.stringify(message.content).length, 0);
  const run: AssistantsRun = {
    object,
    thread,
    scenario,
    nextStep: 0,
    pendingStep: undefined,
    controller: new AbortController(),
    stream: undefined,
    fileIds: new Map(),
    tokens: { context: 30 + Math.ceil(promptCharacters / 4), prompt: 0, completion: 0 },
  };
  context.runs.set(object.id, run);
  thread.activeRun = run;
  if (body.stream === true) run.stream = openSseStream(res, { heartbeatMs: 0, tap: fault.tap });
  else sendJson(res, 200, object);

  playAssistantsRun(run, settings, { kind: 'start', threadCreated }).catch((error: unknown) => {
    console.error('[simulator] Assistants run failed', error);
  });
}

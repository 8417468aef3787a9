import { createRouter } from '../createRouter';
import { takeRequestFault } from '../faults/takeRequestFault';
import { isRecord } from '../isRecord';
import { openSseStream } from '../openSseStream';
import { readRequestBody } from '../readRequestBody';
import { sendJson } from '../sendJson';
import type { AssistantsContext } from './AssistantsContext';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsThread } from './AssistantsThread';
import { createAssistantsThread } from './AssistantsThread';
import { createAssistantsEmitter } from './createAssistantsEmitter';
import { playAssistantsRun } from './playAssistantsRun';
import { sendAssistantsError } from './sendAssistantsError';
import { addInputMessages, readInputMessages, startAssistantsRun } from './startAssistantsRun';

type Params = Readonly<Record<string, string>>;

const terminalStatuses = new Set(['cancelling', 'cancelled', 'failed', 'completed', 'incomplete', 'expired']);

function findThread(context: AssistantsContext, threadId: string | undefined): AssistantsThread | undefined {
  const thread = threadId === undefined ? undefined : context.threads.get(threadId);
  if (!thread) sendAssistantsError(context.res, 404, `No thread found with id '${threadId}'.`);
  return thread;
}

function findRun(context: AssistantsContext, { threadId, runId }: Params): AssistantsRun | undefined {
  const run = runId === undefined ? undefined : context.runs.get(runId);
  if (run && run.thread.object.id === threadId) return run;
  sendAssistantsError(context.res, 404, `No run found with id '${runId}'.`);
  return undefined;
}

/** Reads a JSON object body with a string `assistant_id`; answers 400 otherwise. */
async function readRunBody(context: AssistantsContext): Promise<Record<string, unknown> | undefined> {
  const body = await readRequestBody(context.req);
  if (!isRecord(body)) {
    sendAssistantsError(context.res, 400, 'We could not parse the JSON body of your request.');
    return undefined;
  }
  if (typeof body.assistant_id !== 'string' || body.assistant_id === '') {
    sendAssistantsError(context.res, 400, "Missing required parameter: 'assistant_id'.", { param: 'assistant_id', code: 'missing_required_parameter' });
    return undefined;
  }
  return body;
}

async function createThread(context: AssistantsContext): Promise<void> {
  const body = await readRequestBody(context.req);
  const messages = readInputMessages(context, isRecord(body) ? body.messages : undefined, 'messages');
  if (!messages) return;
  const thread = createAssistantsThread();
  addInputMessages(thread, messages);
  context.threads.set(thread.object.id, thread);
  sendJson(context.res, 200, thread.object);
}

async function createThreadAndRun(context: AssistantsContext): Promise<void> {
  const body = await readRunBody(context);
  if (!body) return;
  const messages = readInputMessages(context, isRecord(body.thread) ? body.thread.messages : undefined, 'thread.messages');
  if (!messages) return;
  startAssistantsRun(context, createAssistantsThread(), body, messages, true);
}

async function createRun(context: AssistantsContext, params: Params): Promise<void> {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  const body = await readRunBody(context);
  if (!body) return;
  const messages = readInputMessages(context, body.additional_messages, 'additional_messages');
  if (!messages) return;
  startAssistantsRun(context, thread, body, messages, false);
}

async function submitToolOutputs(context: AssistantsContext, params: Params): Promise<void> {
  const run = findRun(context, params);
  if (!run) return;
  const body = await readRequestBody(context.req);
  const pending = run.pendingStep;
  if (run.object.status !== 'requires_action' || !pending || pending.step_details.type !== 'tool_calls') {
    return sendAssistantsError(context.res, 400, `Runs in status "${run.object.status}" do not accept tool outputs.`);
  }
  const outputs = isRecord(body) && Array.isArray(body.tool_outputs) ? body.tool_outputs : undefined;
  const valid = outputs?.every((output) => isRecord(output) && typeof output.tool_call_id === 'string' && typeof output.output === 'string');
  if (!outputs || !valid) {
    return sendAssistantsError(context.res, 400, "Invalid 'tool_outputs': expected an array of {tool_call_id, output} strings.", { param: 'tool_outputs' });
  }
  const submitted = new Map((outputs as { tool_call_id: string; output: string }[]).map((output) => [output.tool_call_id, output.output]));
  const calls = pending.step_details.tool_calls;
  const expected = calls.map((call) => call.id);
  if (submitted.size !== expected.length || expected.some((id) => !submitted.has(id))) {
    const message = `Expected tool outputs for call_ids ${JSON.stringify(expected)}, got ${JSON.stringify([...submitted.keys()])}`;
    return sendAssistantsError(context.res, 400, message, { param: 'tool_outputs' });
  }
  const streaming = isRecord(body) && body.stream === true;
  const fault = takeRequestFault(context, { dialect: 'assistants', key: run.object.id, streaming });
  if (!fault) return;
  for (const call of calls) {
    if (call.type === 'function') call.function.output = submitted.get(call.id) ?? null;
  }
  run.object.status = 'queued';
  run.object.required_action = null;
  if (streaming) run.stream = openSseStream(context.res, { heartbeatMs: 0, tap: fault.tap });
  else {
    run.stream = undefined;
    sendJson(context.res, 200, run.object);
  }
  playAssistantsRun(run, context.settings, { kind: 'continue' }).catch((error: unknown) => {
    console.error('[simulator] Assistants run failed', error);
  });
}

function cancelRun(context: AssistantsContext, params: Params): void {
  const run = findRun(context, params);
  if (!run) return;
  const status = run.object.status;
  if (terminalStatuses.has(status)) return sendAssistantsError(context.res, 400, `Cannot cancel run with status '${status}'.`);
  run.object.status = 'cancelling';
  sendJson(context.res, 200, run.object);
  const pending = run.pendingStep;
  if (status === 'requires_action' && pending) {
    // No segment is playing: settle the paused run here, with no stream to tell.
    const emitter = createAssistantsEmitter(run, context.settings);
    emitter.settleStep(pending, 'cancelled');
    emitter.runStatus('cancelled');
    run.pendingStep = undefined;
    return;
  }
  run.controller.abort();
}

function getRun(context: AssistantsContext, params: Params): void {
  const run = findRun(context, params);
  if (run) sendJson(context.res, 200, run.object);
}

function getThread(context: AssistantsContext, params: Params): void {
  const thread = findThread(context, params.threadId);
  if (thread) sendJson(context.res, 200, thread.object);
}

function listMessages(context: AssistantsContext, params: Params): void {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  const ascending = context.query.get('order') === 'asc';
  const limit = Math.min(Math.max(Number.parseInt(context.query.get('limit') ?? '', 10) || 20, 1), 100);
  const ordered = ascending ? [...thread.messages] : [...thread.messages].reverse();
  const data = ordered.slice(0, limit);
  sendJson(context.res, 200, { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: ordered.length > limit });
}

/** The OpenAI Assistants v2 routes, relative to `/assistants` (or `/assistants/scenario/<name>`). */
export const assistantsRoutes = createRouter<AssistantsContext>()
  .add('POST', '/v1/threads', createThread)
  .add('POST', '/v1/threads/runs', createThreadAndRun)
  .add('GET', '/v1/threads/:threadId', getThread)
  .add('GET', '/v1/threads/:threadId/messages', listMessages)
  .add('POST', '/v1/threads/:threadId/runs', createRun)
  .add('GET', '/v1/threads/:threadId/runs/:runId', getRun)
  .add('POST', '/v1/threads/:threadId/runs/:runId/submit_tool_outputs', submitToolOutputs)
  .add('POST', '/v1/threads/:threadId/runs/:runId/cancel', cancelRun);

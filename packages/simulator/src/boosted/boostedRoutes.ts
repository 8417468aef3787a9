import { randomUUID } from 'node:crypto';
import { createRouter } from '../createRouter';
import { takeRequestFault } from '../faults/takeRequestFault';
import { isRecord } from '../isRecord';
import { openSseStream } from '../openSseStream';
import { readRequestBody } from '../readRequestBody';
import { readPacingHeader } from '../readPacingHeader';
import { readScenarioHeader } from '../readScenarioHeader';
import { sendJson } from '../sendJson';
import type { BoostedContext } from './BoostedContext';
import type { BoostedRun, BoostedThread } from './BoostedThread';
import { createBoostedThread } from './BoostedThread';
import { boostedScenarioNames } from './boostedScenarios';
import { createSseSubscriber } from './createSseSubscriber';
import { resolveBoostedScenario } from './resolveBoostedScenario';
import { runBoostedScenario } from './runBoostedScenario';

function sendValidationError({ res }: BoostedContext, field: string, type: 'missing' | 'string_too_short'): void {
  const msg = type === 'missing' ? 'Field required' : 'String should have at least 1 character';
  sendJson(res, 422, { detail: [{ loc: ['body', field], msg, type }] });
}

function findThread(context: BoostedContext, threadId: string | undefined): BoostedThread | undefined {
  const thread = threadId === undefined ? undefined : context.threads.get(threadId);
  if (!thread) sendJson(context.res, 404, { detail: 'Thread not found' });
  return thread;
}

function readIndex(query: URLSearchParams, name: string, fallback: number): number {
  const value = Number.parseInt(query.get(name) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

async function createThread(context: BoostedContext): Promise<void> {
  const body = await readRequestBody(context.req);
  const name = isRecord(body) ? body.thread_name : undefined;
  if (typeof name !== 'string') return sendValidationError(context, 'thread_name', 'missing');
  const thread = createBoostedThread(name);
  context.threads.set(thread.id, thread);
  sendJson(context.res, 200, { thread_id: thread.id });
}

function listThreads({ res, threads }: BoostedContext): void {
  const summaries = [...threads.values()].map((thread) => ({
    thread_id: thread.id,
    thread_name: thread.name,
    created_at: thread.createdAt,
  }));
  sendJson(res, 200, { threads: summaries });
}

function streamThread(context: BoostedContext, params: Readonly<Record<string, string>>): void {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  const framing = context.query.get('framing') ?? context.settings.framing;
  if (framing !== 'key' && framing !== 'event') {
    return sendJson(context.res, 400, { detail: "framing must be 'key' or 'event'" });
  }
  const sent = thread.run?.frames ?? [];
  const fault = takeRequestFault(context, { dialect: 'boosted', key: thread.id, streaming: true, rejoining: sent.length > 0 });
  if (!fault) return;
  const stream = openSseStream(context.res, { heartbeatMs: context.settings.heartbeatMs, tap: fault.tap });
  const subscriber = createSseSubscriber(stream, framing);
  thread.subscribers.add(subscriber);
  stream.onEnd(() => thread.subscribers.delete(subscriber));
  for (const frame of fault.duplicates(sent)) subscriber.send(frame);
}

async function postMessage(context: BoostedContext, params: Readonly<Record<string, string>>): Promise<void> {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  const body = await readRequestBody(context.req);
  const message = isRecord(body) ? body.message : undefined;
  if (typeof message !== 'string') return sendValidationError(context, 'message', 'missing');
  if (message.trim() === '') return sendValidationError(context, 'message', 'string_too_short');

  const header = readScenarioHeader(context.req);
  const resolution = resolveBoostedScenario({ pinned: context.pinnedScenario, header, message });
  if ('unknownName' in resolution) {
    return sendJson(context.res, 400, { detail: `Unknown scenario "${resolution.unknownName}"`, scenarios: boostedScenarioNames });
  }
  const paced = readPacingHeader(context.req);
  if ('invalid' in paced) return sendJson(context.res, 400, { detail: paced.invalid });
  if (thread.run) return sendJson(context.res, 409, { detail: 'A task is already running for this thread' });
  // The post answers JSON, so only a fault that replaces that answer applies to it.
  if (!takeRequestFault(context, { dialect: 'boosted', key: thread.id, streaming: false })) return;

  const messageId = randomUUID();
  thread.messages.push({
    message_id: messageId,
    is_user_message: true,
    message,
    message_metadata: { citations: [] },
    message_time: new Date().toISOString(),
  });
  const run: BoostedRun = { controller: new AbortController(), silent: false, frames: [] };
  thread.run = run;
  sendJson(context.res, 200, { success: true, message_id: messageId });

  const { scheduler, delayMs } = context.settings;
  runBoostedScenario({ thread, run, scenario: resolution.scenario, scheduler, delayMs, pacing: paced.pacing }).catch((error: unknown) => {
    console.error('[simulator] Boosted run failed', error);
  });
}

function listMessages(context: BoostedContext, params: Readonly<Record<string, string>>): void {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  const startIndex = readIndex(context.query, 'start_index', 0);
  const limit = readIndex(context.query, 'limit_num', 25);
  sendJson(context.res, 200, {
    messages: thread.messages.slice(startIndex, startIndex + limit),
    total_message_count: thread.messages.length,
    start_index: startIndex,
  });
}

function getProgress(context: BoostedContext, params: Readonly<Record<string, string>>): void {
  const thread = findThread(context, params.threadId);
  if (thread) sendJson(context.res, 200, { progress_data: thread.progress });
}

function cancelTask(context: BoostedContext, params: Readonly<Record<string, string>>): void {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  thread.run?.controller.abort();
  sendJson(context.res, 200, { success: true });
}

function getArtifact(context: BoostedContext, params: Readonly<Record<string, string>>): void {
  const thread = findThread(context, params.threadId);
  if (!thread) return;
  const artifactId = params.artifactId ?? '';
  const artifact = thread.artifacts.get(artifactId);
  if (!artifact) return sendJson(context.res, 404, { detail: 'Artifact not found' });
  sendJson(context.res, 200, { artifact_id: artifactId, artifact });
}

/** The Boosted Thread API v2 routes, relative to `/boosted` (or `/boosted/scenario/<name>`). */
export const boostedRoutes = createRouter<BoostedContext>()
  .add('POST', '/v2/threads', createThread)
  .add('GET', '/v2/threads', listThreads)
  .add('GET', '/v2/threads/stream/:threadId', streamThread)
  .add('POST', '/v2/threads/:threadId/messages', postMessage)
  .add('GET', '/v2/threads/:threadId/messages', listMessages)
  .add('GET', '/v2/threads/:threadId/progress', getProgress)
  .add('DELETE', '/v2/threads/:threadId/task', cancelTask)
  .add('GET', '/v2/threads/:threadId/artifacts/:artifactId', getArtifact);

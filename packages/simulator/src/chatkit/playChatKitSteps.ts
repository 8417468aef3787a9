import { randomBase62 } from '../randomBase62';
import { RunInterrupted } from '../RunInterrupted';
import type { ChatKitEvent } from './ChatKitEvent';
import type { ChatKitScenario } from './ChatKitStep';
import { toChatKitThread } from './ChatKitThreadRecord';
import type { ChatKitSession } from './createChatKitSession';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';
import { streamChatKitMessage } from './streamChatKitMessage';
import { streamChatKitWidget } from './streamChatKitWidget';
import { streamChatKitWorkflow } from './streamChatKitWorkflow';

async function playSteps(session: ChatKitSession, scenario: ChatKitScenario, firstStep: number): Promise<void> {
  const { emit, thread } = session;
  for (const [index, step] of scenario.steps.entries()) {
    if (index < firstStep) continue;
    if ('notice' in step) {
      const { level, message, title } = step.notice;
      await emit(() => ({ type: 'notice', level, message, title }));
    } else if ('progress' in step) {
      const { icon, text } = step.progress;
      await emit(() => ({ type: 'progress_update', icon, text }));
    } else if ('message' in step) {
      await streamChatKitMessage(session, step.message);
    } else if ('workflow' in step) {
      await streamChatKitWorkflow(session, step.workflow.tasks, step.workflow.durationSeconds);
    } else if ('widget' in step) {
      await streamChatKitWidget(session, step.widget);
    } else if ('clientEffect' in step) {
      const { name, data } = step.clientEffect;
      await emit(() => ({ type: 'client_effect', name, data }));
    } else if ('clientToolCall' in step) {
      const { name } = step.clientToolCall;
      const created_at = formatChatKitTimestamp();
      const item = { id: createChatKitId('tc'), thread_id: thread.id, created_at, type: 'client_tool_call' as const, status: 'pending' as const };
      await emit(() => ({ type: 'thread.item.done', item: { ...item, call_id: `call_${randomBase62(24)}`, name, arguments: step.clientToolCall.arguments } }));
      thread.continuation = { scenario, nextStep: index + 1 };
      return;
    } else if ('title' in step) {
      if (thread.title !== undefined) continue;
      thread.title = step.title;
      await emit(() => ({ type: 'thread.updated', thread: toChatKitThread(thread) }));
    } else if ('guardrail' in step) {
      for (const item_id of [...session.pending.keys()]) await emit(() => ({ type: 'thread.item.removed', item_id }));
      await emit(() => ({ type: 'error', code: 'custom', message: step.guardrail, allow_retry: false }));
      return;
    } else {
      await emit(() => ({ type: 'error', code: 'stream.error', allow_retry: true }));
      return;
    }
  }
}

/** Builds one prelude event; one marked `paced: false` goes out at the next tick, not after the frame delay. */
export type ChatKitEventBuilder = (() => ChatKitEvent) & { paced?: boolean };

/** Where {@link playChatKitSteps} starts. */
export interface ChatKitPlayback {
  /** Events the server emits before the scenario's own (the per-request prefix). */
  prelude: readonly ChatKitEventBuilder[];
  /** The first scenario step to play (a continuation starts after the client tool call). */
  firstStep?: number;
}

/**
 * Sends the prelude, plays a scenario on a streaming response and ends it. A client that aborts
 * (or a closing simulator) stops it where it is.
 */
export async function playChatKitSteps(session: ChatKitSession, scenario: ChatKitScenario, { prelude, firstStep = 0 }: ChatKitPlayback): Promise<void> {
  try {
    for (const build of prelude) await session.emit(build, build.paced);
    await playSteps(session, scenario, firstStep);
    session.finish();
  } catch (error) {
    if (!(error instanceof RunInterrupted)) throw error;
  }
}

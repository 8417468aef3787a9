import { randomUUID } from 'node:crypto';
import { createPacer } from '../createPacer';
import type { Scheduler } from '../createScheduler';
import type { Pacing } from '../Pacing';
import type { BoostedCitation } from './BoostedCitation';
import type { BoostedFrame } from './BoostedFrame';
import type { BoostedScenario } from './BoostedStep';
import type { BoostedRun, BoostedStoredMessage, BoostedThread } from './BoostedThread';
import { broadcastBoostedFrame } from './broadcastBoostedFrame';
import { paceBoostedSteps } from './paceBoostedSteps';
import { planBoostedRun } from './planBoostedRun';

/** Text Boosted appends to a cancelled answer. */
export const cancelledSuffix = '\n\nUser cancelled message';

// Each earlier message is stored before the reply and sent whole, as its own finished message.
function sendEarlierMessages(thread: BoostedThread, reply: BoostedStoredMessage, texts: readonly string[], silent: boolean): void {
  const messages = texts.map(
    (message): BoostedStoredMessage => ({
      message_id: randomUUID(),
      is_user_message: false,
      message,
      message_metadata: { citations: [] },
      message_time: new Date().toISOString(),
    }),
  );
  thread.messages.splice(thread.messages.indexOf(reply), 0, ...messages);
  if (silent) return;
  for (const message of texts) broadcastBoostedFrame(thread, { event: 'message_chunk', data: { message, final_chunk: true } });
}

/** Inputs of {@link runBoostedScenario}. */
export interface RunBoostedScenarioOptions {
  thread: BoostedThread;
  /** Already stored as `thread.run`; cleared when `task_status` Complete is emitted. */
  run: BoostedRun;
  scenario: BoostedScenario;
  scheduler: Scheduler;
  delayMs: number;
  /** Paces the answer's chunks instead of `delayMs` (other frames keep `delayMs`). */
  pacing?: Pacing;
}

/**
 * Plays a scenario on a thread: paced frames to every open stream, with the assistant message
 * and progress kept up to date in the thread as it goes. Resolves when the run completes, is
 * cancelled, or the scheduler closes.
 */
export async function runBoostedScenario({ thread, run, scenario, scheduler, delayMs, pacing }: RunBoostedScenarioOptions): Promise<void> {
  const { actions, citations } = planBoostedRun(pacing ? paceBoostedSteps(scenario.steps, pacing) : scenario.steps);
  const pacer = pacing ? createPacer(pacing, scheduler) : undefined;
  const signal = run.controller.signal;
  const reply: BoostedStoredMessage = {
    message_id: randomUUID(),
    is_user_message: false,
    message: '',
    message_metadata: { citations: [] },
    message_time: new Date().toISOString(),
  };
  thread.messages.push(reply);
  thread.progress = { log: 'Task queued', status: 'Running' };

  const emit = (frame: BoostedFrame) => {
    switch (frame.event) {
      case 'message_work_in_progress': {
        if (thread.progress) thread.progress.log = frame.data.log;
        break;
      }
      case 'message_chunk': {
        reply.message += frame.data.message;
        break;
      }
      case 'message': {
        reply.message = frame.data.message;
        reply.message_metadata = frame.data.message_metadata;
        break;
      }
      case 'task_status': {
        if (thread.progress) thread.progress.status = 'Complete';
        thread.run = undefined;
        break;
      }
      case 'thread_name': {
        thread.name = frame.data.thread_name;
        break;
      }
      case 'worker_error': {
        if (thread.progress) thread.progress.status = 'Failed';
        thread.run = undefined;
        break;
      }
      case 'message_cancelled': {
        break;
      }
      default: {
        frame satisfies never;
      }
    }
    if (run.silent) return;
    run.frames.push(frame);
    broadcastBoostedFrame(thread, frame);
  };

  const finish = async (finalCitations: BoostedCitation[]): Promise<void> => {
    if ((await scheduler.wait(delayMs)) === 'closed') return;
    emit({ event: 'message', data: { message: reply.message, message_metadata: { citations: finalCitations } } });
    if ((await scheduler.wait(delayMs)) === 'closed') return;
    emit({ event: 'task_status', data: { status: 'Complete' } });
  };

  for (const action of actions) {
    const actionSignal = action.continuesStep ? undefined : signal;
    const outcome = await (pacer && action.kind === 'chunk' ? pacer.next(actionSignal) : scheduler.wait(delayMs, actionSignal));
    if (outcome === 'closed') return;
    if (!action.continuesStep && signal.aborted) {
      emit({ event: 'message_chunk', data: { message: cancelledSuffix, final_chunk: true } });
      emit({ event: 'message_cancelled', data: {} });
      return finish([]);
    }
    switch (action.kind) {
      case 'wip': {
        emit({ event: 'message_work_in_progress', data: { log: action.log } });
        break;
      }
      case 'chunk': {
        if (action.artifact) thread.artifacts.set(action.artifact.id, action.artifact.data);
        emit({ event: 'message_chunk', data: { message: action.text, final_chunk: action.final } });
        break;
      }
      case 'close-streams': {
        run.silent = true;
        for (const subscriber of [...thread.subscribers]) subscriber.end();
        break;
      }
      case 'raw': {
        if (run.silent) break;
        for (const subscriber of thread.subscribers) subscriber.sendMalformed(action.text);
        break;
      }
      case 'thread-name': {
        emit({ event: 'thread_name', data: { thread_name: action.name } });
        break;
      }
      case 'worker-error': {
        // The worker is gone: no final message, no task status.
        emit({ event: 'worker_error', data: { message: action.message, code: action.code } });
        return;
      }
      case 'earlier-messages': {
        sendEarlierMessages(thread, reply, action.texts, run.silent);
        break;
      }
      default: {
        action satisfies never;
      }
    }
  }
  return finish(citations);
}

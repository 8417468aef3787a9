import { RunInterrupted } from '../RunInterrupted';
import type { AssistantsMessageObject, AssistantsStepObject } from './AssistantsObject';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsStep } from './AssistantsStep';
import type { AssistantsEmitter, AssistantsPacing } from './createAssistantsEmitter';
import { createAssistantsEmitter } from './createAssistantsEmitter';
import type { AssistantsMessageWriter } from './createAssistantsMessageWriter';
import { createAssistantsMessageWriter, isContentStep } from './createAssistantsMessageWriter';
import { createStepObject, unixNow } from './createAssistantsObject';
import { isToolStep, playAssistantsToolStep } from './playAssistantsToolStep';

/** How a segment of a run begins: a new run, or the continuation after `submit_tool_outputs`. */
export type AssistantsOpening = { kind: 'start'; threadCreated: boolean } | { kind: 'continue' };

type TerminalStep = Extract<AssistantsStep, { fail: string } | { error: string } | { incomplete: string }>;

function markIncomplete(message: AssistantsMessageObject, reason: 'max_tokens' | 'run_cancelled' | 'run_failed'): AssistantsMessageObject {
  message.status = 'incomplete';
  message.incomplete_details = { reason };
  message.incomplete_at = unixNow();
  return message;
}

interface Segment {
  run: AssistantsRun;
  emitter: AssistantsEmitter;
  writer: AssistantsMessageWriter;
  /** The `tool_calls` step in progress, if any. */
  toolStep: AssistantsStepObject | undefined;
}

async function requireAction({ run, emitter }: Segment, step: AssistantsStepObject): Promise<void> {
  await emitter.emit('thread.run.requires_action', () => {
    const calls = step.step_details.type === 'tool_calls' ? step.step_details.tool_calls : [];
    const tool_calls = calls.flatMap((call) =>
      call.type === 'function' ? [{ id: call.id, type: call.type, function: { name: call.function.name, arguments: call.function.arguments } }] : [],
    );
    run.pendingStep = step;
    const object = emitter.runStatus('requires_action');
    object.required_action = { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls } };
    return object;
  });
  await emitter.done();
}

async function endRun({ run, emitter, writer, toolStep }: Segment, step: TerminalStep): Promise<void> {
  const { emit } = emitter;
  const open = writer.take();
  const openStep = open?.step ?? toolStep;
  if ('incomplete' in step) {
    if (open) {
      await emit('thread.message.incomplete', () => markIncomplete(open.message, 'max_tokens'));
      await emit('thread.run.step.completed', () => emitter.settleStep(open.step, 'completed', open.deltas));
    }
    await emit('thread.run.incomplete', () => {
      run.object.incomplete_details = { reason: step.incomplete };
      return emitter.runStatus('incomplete');
    });
    return emitter.done();
  }
  const lastError = { code: 'server_error', message: 'fail' in step ? step.fail : step.error };
  const failStep = (failed: AssistantsStepObject) => {
    emitter.settleStep(failed, 'failed');
    failed.last_error = lastError;
    return failed;
  };
  const failRun = () => {
    run.object.last_error = lastError;
    return emitter.runStatus('failed');
  };
  if ('error' in step) {
    // The error channel reports the failure; the objects change without events of their own.
    await emit('error', () => {
      if (open) markIncomplete(open.message, 'run_failed');
      if (openStep) failStep(openStep);
      failRun();
      return { code: 'server_error', message: step.error, param: null, type: 'server_error' };
    });
    run.stream?.end();
    return;
  }
  if (open) await emit('thread.message.incomplete', () => markIncomplete(open.message, 'run_failed'));
  if (openStep) await emit('thread.run.step.failed', () => failStep(openStep));
  await emit('thread.run.failed', failRun);
  await emitter.done();
}

async function cancelRun({ emitter, writer, toolStep }: Segment): Promise<void> {
  const { emit, settleStep, runStatus } = emitter;
  await emit('thread.run.cancelling', () => runStatus('cancelling'), false);
  const open = writer.take();
  if (open?.message.status === 'in_progress') await emit('thread.message.incomplete', () => markIncomplete(open.message, 'run_cancelled'), false);
  const openStep = open?.step.status === 'in_progress' ? open.step : toolStep;
  if (openStep) await emit('thread.run.step.cancelled', () => settleStep(openStep, 'cancelled'), false);
  await emit('thread.run.cancelled', () => runStatus('cancelled'), false);
  await emitter.done();
}

async function playSteps(segment: Segment, opening: AssistantsOpening): Promise<void> {
  const { run, emitter, writer } = segment;
  const { emit, runStatus } = emitter;
  if (opening.kind === 'start') {
    if (opening.threadCreated) await emit('thread.created', () => run.thread.object);
    await emit('thread.run.created', () => run.object);
    await emit('thread.run.queued', () => run.object);
  } else {
    const pending = run.pendingStep;
    run.pendingStep = undefined;
    segment.toolStep = pending;
    if (pending) await emit('thread.run.step.completed', () => emitter.settleStep(pending, 'completed', 10));
    segment.toolStep = undefined;
    await emit('thread.run.queued', () => runStatus('queued'));
  }
  await emit('thread.run.in_progress', () => runStatus('in_progress'));

  const steps = run.scenario.steps;
  for (let step = steps[run.nextStep]; step !== undefined; step = steps[run.nextStep]) {
    run.nextStep += 1;
    if (isContentStep(step)) {
      await writer.write(step);
    } else if (isToolStep(step)) {
      await writer.complete();
      const toolStep = createStepObject(run.object, { type: 'tool_calls', tool_calls: [] });
      segment.toolStep = toolStep;
      await playAssistantsToolStep(run, emitter, step, toolStep);
      if ('functionCalls' in step) return requireAction(segment, toolStep);
      segment.toolStep = undefined;
    } else {
      return endRun(segment, step);
    }
  }
  await writer.complete();
  await emit('thread.run.completed', () => runStatus('completed'));
  await emitter.done();
}

/**
 * Plays one segment of a run on its stream (if any), keeping the run, its steps and the
 * thread's messages up to date: from the start or from a continuation to `requires_action` or a
 * terminal state. A cancel (`run.controller` aborted) turns into the cancel sequence; a closing
 * simulator stops the run where it is.
 */
export async function playAssistantsRun(run: AssistantsRun, pacing: AssistantsPacing, opening: AssistantsOpening): Promise<void> {
  const emitter = createAssistantsEmitter(run, pacing);
  const segment: Segment = { run, emitter, writer: createAssistantsMessageWriter(run, emitter), toolStep: undefined };
  try {
    await playSteps(segment, opening);
  } catch (error) {
    if (!(error instanceof RunInterrupted)) throw error;
    if (error.outcome === 'closed') return;
    await cancelRun(segment).catch((cancelError: unknown) => {
      if (!(cancelError instanceof RunInterrupted)) throw cancelError;
    });
  }
}

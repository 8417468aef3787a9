import type { Scheduler } from '../createScheduler';
import { formatSseEvent } from '../formatSseEvent';
import { waitForNextFrame } from '../waitForNextFrame';
import type { AssistantsRunObject, AssistantsStepObject } from './AssistantsObject';
import type { AssistantsRun } from './AssistantsRun';
import { createUsage, unixNow } from './createAssistantsObject';

/** Pacing settings of a run. */
export interface AssistantsPacing {
  scheduler: Scheduler;
  delayMs: number;
}

/** Sends one run's events to its stream, one paced frame at a time. */
export interface AssistantsEmitter {
  /**
   * Waits the frame delay, then sends `event` with the JSON of `build()`, so state changes made
   * in `build` happen when the event goes out. Throws `RunInterrupted` when the wait ends
   * early; a `cancellable: false` emit ignores cancellation (the cancel sequence itself).
   */
  emit(event: string, build: () => unknown, cancellable?: boolean): Promise<void>;
  /** Paces, then sends `event: done` / `data: [DONE]` and ends the stream. */
  done(): Promise<void>;
  /** Sets the run's status (and its terminal timestamps and usage) and returns the run object. */
  runStatus(status: AssistantsRunObject['status']): AssistantsRunObject;
  /** Settles a step with its timestamp, and usage when it completed. */
  settleStep(step: AssistantsStepObject, status: 'completed' | 'failed' | 'cancelled', completionTokens?: number): AssistantsStepObject;
}

/** Creates the {@link AssistantsEmitter} of a run. */
export function createAssistantsEmitter(run: AssistantsRun, { scheduler, delayMs }: AssistantsPacing): AssistantsEmitter {
  const pace = delayMs * (run.scenario.paceFactor ?? 1);
  const wait = (cancellable: boolean) => waitForNextFrame(scheduler, pace, cancellable ? run.controller.signal : undefined);

  return {
    async emit(event, build, cancellable = true) {
      await wait(cancellable);
      // Built even with no stream: `build` is where the run's state changes.
      const data = JSON.stringify(build());
      run.stream?.write(formatSseEvent({ event, data }));
    },
    async done() {
      await wait(false);
      run.stream?.write(formatSseEvent({ event: 'done', data: '[DONE]' }));
      run.stream?.end();
    },
    runStatus(status) {
      const object = run.object;
      const now = unixNow();
      object.status = status;
      if (status === 'in_progress') object.started_at = now;
      if (status === 'completed') object.completed_at = now;
      if (status === 'failed') object.failed_at = now;
      if (status === 'cancelled') object.cancelled_at = now;
      if (status === 'completed' || status === 'failed' || status === 'cancelled' || status === 'incomplete' || status === 'expired') {
        object.expires_at = null;
        object.usage = createUsage(run.tokens.prompt || run.tokens.context, run.tokens.completion);
        run.thread.activeRun = undefined;
      }
      if (status !== 'requires_action') object.required_action = null;
      return object;
    },
    settleStep(step, status, completionTokens = 0) {
      const now = unixNow();
      step.status = status;
      if (status === 'completed') {
        step.completed_at = now;
        step.usage = createUsage(run.tokens.context, completionTokens);
        run.tokens.prompt += run.tokens.context;
        run.tokens.completion += completionTokens;
        run.tokens.context += completionTokens;
      }
      if (status === 'failed') step.failed_at = now;
      if (status === 'cancelled') step.cancelled_at = now;
      return step;
    },
  };
}

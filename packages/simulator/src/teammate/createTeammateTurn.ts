import type { Scheduler } from '../createScheduler';
import { randomBase62 } from '../randomBase62';
import { RunInterrupted } from '../RunInterrupted';
import { splitIntoFragments } from '../splitIntoFragments';
import { splitIntoWords } from '../splitIntoWords';
import { waitForNextFrame } from '../waitForNextFrame';
import { formatPythonJson } from './formatPythonJson';
import { publishTeammateFrame } from './publishTeammateFrame';
import type { TeammateFrame } from './TeammateFrame';
import type { TeammatePermissionRequest } from './TeammatePermissionRequest';
import type { TeammateGate, TeammateGateDecision, TeammateRun } from './TeammateRun';

/** Pacing settings of a turn. */
export interface TeammatePacing {
  scheduler: Scheduler;
  delayMs: number;
}

/** The paced building blocks one turn of a run is played with. */
export interface TeammateTurn {
  run: TeammateRun;
  /** Waits the frame delay, then publishes the frame; throws `RunInterrupted` on cancel or close. */
  emit(frame: TeammateFrame): Promise<void>;
  /**
   * Streams text word by word (or `wordsPerDelta` words per frame), in a `text-start`/`text-end`
   * block with a fresh id when `block`. Text that follows earlier text of the turn starts a new
   * paragraph.
   */
  text(text: string, block?: boolean, wordsPerDelta?: number): Promise<void>;
  /** Streams a reasoning block. */
  reasoning(text: string): Promise<void>;
  /** Streams a tool call (start, JSON-argument fragments, end) and returns its id. */
  toolCall(name: string, input: Record<string, unknown>): Promise<string>;
  /** Sends a tool's result, word by word first when `stream` and the result is a string. */
  toolResult(toolCallId: string, result: unknown, stream?: boolean): Promise<void>;
  /**
   * Publishes `frame`, pauses the run in `awaiting_approval` until `/answer` or `/approve`
   * settles `request`, then publishes `permission_resolved` and returns the decision.
   */
  pause(request: TeammatePermissionRequest, frame: TeammateFrame): Promise<TeammateGateDecision>;
}

/** A tool call id like the Claude API's (`toolu_01` + 22 base62 characters). */
export function createToolCallId(): string {
  return `toolu_01${randomBase62(22)}`;
}

// setTimeout's largest delay: a pause lasts until answered, cancelled or closed.
const untilResolved = 2_147_483_647;
const argumentFragmentLength = 24;

/** Creates the building blocks of one turn of `run`. */
export function createTeammateTurn(run: TeammateRun, { scheduler, delayMs }: TeammatePacing, paceFactor = 1): TeammateTurn {
  const pace = delayMs * paceFactor;
  const blocks = { text: 0, reasoning: 0 };
  const emit = async (frame: TeammateFrame) => {
    await waitForNextFrame(scheduler, pace, run.controller.signal);
    publishTeammateFrame(run, frame);
  };

  return {
    run,
    emit,
    async text(text, block = false, wordsPerDelta = 1) {
      const id = block ? `txt_${(blocks.text += 1)}` : undefined;
      const paragraph = run.output ? `\n\n${text}` : text;
      if (id) await emit({ type: 'text-start', id });
      for (const delta of splitIntoWords(paragraph, wordsPerDelta)) await emit(id ? { type: 'text-delta', id, delta } : { type: 'text-delta', delta });
      if (id) await emit({ type: 'text-end', id });
    },
    async reasoning(text) {
      const id = `rsn_${(blocks.reasoning += 1)}`;
      await emit({ type: 'reasoning-start', id });
      for (const delta of splitIntoWords(text)) await emit({ type: 'reasoning-delta', id, delta });
      await emit({ type: 'reasoning-end', id });
    },
    async toolCall(name, input) {
      const toolCallId = createToolCallId();
      await emit({ type: 'tool-call-start', toolCallId, toolName: name });
      for (const delta of splitIntoFragments(formatPythonJson(input), argumentFragmentLength)) {
        await emit({ type: 'tool-call-delta', toolCallId, delta });
      }
      await emit({ type: 'tool-call-end', toolCallId });
      return toolCallId;
    },
    async toolResult(toolCallId, result, stream = false) {
      if (stream && typeof result === 'string') {
        await emit({ type: 'tool-result-start', toolCallId });
        for (const delta of splitIntoWords(result)) await emit({ type: 'tool-result-delta', toolCallId, delta });
      }
      await emit({ type: 'tool-result-end', toolCallId, result });
    },
    async pause(request, frame) {
      await waitForNextFrame(scheduler, pace, run.controller.signal);
      const gate: TeammateGate = { request, controller: new AbortController(), decision: undefined };
      run.permissions.push(request);
      run.gate = gate;
      run.status = 'awaiting_approval';
      publishTeammateFrame(run, frame);
      const outcome = await scheduler.wait(untilResolved, AbortSignal.any([gate.controller.signal, run.controller.signal]));
      if (outcome === 'closed') throw new RunInterrupted('closed');
      if (!gate.decision || run.controller.signal.aborted) throw new RunInterrupted('aborted');
      await emit({ type: 'permission_resolved', request_id: request.request_id, decision: gate.decision.decision });
      return gate.decision;
    },
  };
}

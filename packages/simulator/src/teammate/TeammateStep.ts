import type { Scenario } from '../Scenario';
import type { TeammateFailureType, TeammateQuestion, TeammateTodo } from './TeammateFrame';

/** A tool the agent calls on its own. */
export interface TeammateToolSpec {
  name: string;
  /** Streamed as JSON-argument fragments in `tool-call-delta` frames. */
  input: Record<string, unknown>;
  result: unknown;
  /** Stream a string result word by word in `tool-result-delta` frames before `tool-result-end`. */
  streamResult?: boolean;
  /** Sent as a `todo-update` after the call ends. */
  todos?: readonly TeammateTodo[];
}

/** A tool that needs the user's permission first. */
export interface TeammateApprovalSpec {
  name: string;
  input: Record<string, unknown>;
  /** What running it will do, shown in the permission request. */
  consequence: string;
  /** The tool's result once allowed. */
  result: unknown;
  /** Text after the result when allowed. */
  allowedText: string;
  /** Text after the error result when denied. */
  deniedText: string;
}

/** A plan the user approves ("Approve") or revises (any other answer) once. */
export interface TeammatePlanSpec {
  plan: string;
  /** Text after a first answer other than "Approve"; `{answer}` is replaced by the answer. */
  revisingText: string;
  revisedPlan: string;
  /** Text that ends the turn when the revised plan is not approved either. */
  declinedText: string;
}

/**
 * One step of a Teammate scenario. In `text`, `{answer}` is replaced by the latest answer the
 * user gave in this turn.
 * - `text`: `text-delta` frames, wrapped in `text-start`/`text-end` with a block id when `block`,
 *   `wordsPerDelta` words each (default 1);
 * - `reasoning`: a reasoning block;
 * - `tool`: a tool call and its result;
 * - `toolStart`: only the `tool-call-start` of a call that never finishes (before an error);
 * - `question`: AskUserQuestion; the run pauses in `awaiting_approval` until `POST /answer`;
 * - `approval`: a tool call that pauses for `POST /approve` (allow runs it, deny returns an error result);
 * - `plan`: AskUserQuestion headed "Plan Approval", asked again once if not approved;
 * - `error`: an `error` frame, then `data: [DONE]`; the run fails;
 * - `failure`: a terminal failure frame, then the body ends; the run fails.
 */
export type TeammateStep =
  | { text: string; block?: boolean; wordsPerDelta?: number }
  | { reasoning: string }
  | { tool: TeammateToolSpec }
  | { toolStart: string }
  | { question: Omit<TeammateQuestion, 'multiSelect'> & { multiSelect?: boolean } }
  | { approval: TeammateApprovalSpec }
  | { plan: TeammatePlanSpec }
  | { error: { error: string; errorCode: string } }
  | { failure: { type: TeammateFailureType; error: string } };

/** A scripted Teammate turn. */
export type TeammateScenario = Scenario<TeammateStep>;

/** True when a scenario pauses for the user, which needs `human_in_the_loop: true`. */
export function needsHumanInTheLoop(scenario: TeammateScenario): boolean {
  return scenario.steps.some((step) => 'question' in step || 'approval' in step || 'plan' in step);
}

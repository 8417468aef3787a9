import { randomBase62 } from '../randomBase62';
import type { TeammateTurn } from './createTeammateTurn';
import type { TeammateQuestion } from './TeammateFrame';
import type { TeammatePermissionRequest } from './TeammatePermissionRequest';
import type { TeammateStep } from './TeammateStep';

/** A step that pauses for the user. */
export type TeammateGateStep = Extract<TeammateStep, { question: unknown } | { approval: unknown } | { plan: unknown }>;

/** True for the steps {@link playTeammateGateStep} plays. */
export function isGateStep(step: TeammateStep): step is TeammateGateStep {
  return 'question' in step || 'approval' in step || 'plan' in step;
}

/** What the rest of the turn needs from a gate step. */
export interface TeammateGateOutcome {
  /** The user's answer, for `{answer}` in later text. */
  answer?: string;
  /** True when the plan was declined: the turn ends without running the remaining steps. */
  endTurn?: boolean;
}

/** The plan-mode question header the SDK detects plans by. */
export const planApprovalHeader = 'Plan Approval';

const planOptions = [
  { label: 'Approve', description: 'Run the plan as written' },
  { label: 'Revise', description: 'Send feedback and get a revised plan' },
];

function createPermissionRequest(toolName: string, toolInput: Record<string, unknown>, consequence: string | null, toolUseId: string | null): TeammatePermissionRequest {
  return {
    request_id: `req_${randomBase62(24)}`,
    tool_name: toolName,
    tool_input: toolInput,
    status: 'pending',
    created_at: new Date().toISOString(),
    resolved_at: null,
    tool_use_id: toolUseId,
    auto_resolved: false,
    consequence,
    can_remember: toolName !== 'AskUserQuestion',
    remember_default: false,
    timeout_seconds: 55,
    decision: null,
  };
}

async function ask(turn: TeammateTurn, question: TeammateQuestion): Promise<string> {
  const tool_input = { questions: [question] };
  const request = createPermissionRequest('AskUserQuestion', tool_input, null, null);
  const frame = { type: 'awaiting_approval', request_id: request.request_id, tool_name: 'AskUserQuestion', tool_input } as const;
  const decision = await turn.pause(request, frame);
  return decision.decision === 'answered' ? decision.answer : decision.decision;
}

function isApproval(answer: string): boolean {
  return answer.trim().toLowerCase() === 'approve';
}

/**
 * Plays a step that needs the user: an AskUserQuestion, a tool behind a permission request, or a
 * plan to approve (revised and asked again once when the first answer is not "Approve").
 */
export async function playTeammateGateStep(turn: TeammateTurn, step: TeammateGateStep): Promise<TeammateGateOutcome> {
  if ('question' in step) {
    const { question, header, multiSelect = false, options } = step.question;
    return { answer: await ask(turn, { question, header, multiSelect, options }) };
  }
  if ('plan' in step) {
    const { plan, revisingText, revisedPlan, declinedText } = step.plan;
    const first = await ask(turn, { question: plan, header: planApprovalHeader, multiSelect: false, options: planOptions });
    if (isApproval(first)) return { answer: first };
    await turn.text(revisingText.replaceAll('{answer}', first));
    const second = await ask(turn, { question: revisedPlan, header: planApprovalHeader, multiSelect: false, options: planOptions });
    if (isApproval(second)) return { answer: second };
    await turn.text(declinedText);
    return { endTurn: true };
  }

  const { name, input, consequence, result, allowedText, deniedText } = step.approval;
  const toolCallId = await turn.toolCall(name, input);
  let denial: string | undefined;
  if (!turn.run.rememberedTools.has(name)) {
    const request = createPermissionRequest(name, input, consequence, toolCallId);
    const frame = { type: 'permission_request', request_id: request.request_id, tool_name: name, tool_input: input, consequence, can_remember: true } as const;
    const decision = await turn.pause(request, frame);
    if (decision.decision === 'deny') denial = `Permission to run ${name} was denied by the user${decision.reason ? `: ${decision.reason}` : ''}.`;
  }
  if (denial !== undefined) {
    await turn.toolResult(toolCallId, { is_error: true, error: denial });
    await turn.text(deniedText);
  } else {
    await turn.toolResult(toolCallId, result);
    await turn.text(allowedText);
  }
  return {};
}

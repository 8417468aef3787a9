import { isRecord } from '../isRecord';
import { readRequestBody } from '../readRequestBody';
import { sendJson } from '../sendJson';
import { findTeammateRun } from './findTeammateRun';
import { resolveTeammateGate } from './resolveTeammateGate';
import type { TeammateContext } from './TeammateContext';
import type { TeammateQuestion } from './TeammateFrame';
import type { TeammateGate, TeammateRun } from './TeammateRun';

type Params = Readonly<Record<string, string>>;

/** The run's pending pause; answers 409 `{detail, code}` when the run is not awaiting the user. */
function pendingGate(context: TeammateContext, run: TeammateRun): TeammateGate | undefined {
  if (run.status === 'awaiting_approval' && run.gate) return run.gate;
  sendJson(context.res, 409, { detail: `Run ${run.id} is not awaiting input (status: ${run.status})`, code: 'run_not_active' });
  return undefined;
}

function readAnswer(answers: Record<string, unknown>, question: TeammateQuestion | undefined): string | undefined {
  const values = Object.values(answers);
  const value = (question && (answers[question.question] ?? answers[question.header])) ?? (values.length === 1 ? values[0] : undefined);
  if (typeof value === 'string') return value;
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string') ? value.join(', ') : undefined;
}

/** `GET /api/v2/runs/{id}/permissions`: every request of the run, pending and resolved. */
export function listPermissions(context: TeammateContext, params: Params): void {
  const run = findTeammateRun(context, params);
  if (run) sendJson(context.res, 200, run.permissions);
}

/** `POST /api/v2/runs/{id}/answer`: answers a pending AskUserQuestion (a plain question or a plan). */
export async function answerRun(context: TeammateContext, params: Params): Promise<void> {
  const run = findTeammateRun(context, params);
  if (!run) return;
  const body = await readRequestBody(context.req);
  const gate = pendingGate(context, run);
  if (!gate) return;
  const { request } = gate;
  if (request.tool_name !== 'AskUserQuestion') {
    return sendJson(context.res, 409, { detail: `Request ${request.request_id} is a ${request.tool_name} permission; use /approve`, code: 'gate_not_question' });
  }
  if (isRecord(body) && body.request_id !== undefined && body.request_id !== request.request_id) {
    return sendJson(context.res, 404, { detail: `No pending request ${String(body.request_id)}`, code: 'gate_not_found' });
  }
  const questions = (request.tool_input.questions ?? []) as TeammateQuestion[];
  const answer = isRecord(body) && isRecord(body.answers) ? readAnswer(body.answers, questions[0]) : undefined;
  if (answer === undefined) {
    return sendJson(context.res, 422, { detail: [{ loc: ['body', 'answers'], msg: 'Answer the pending question by its text or header', type: 'value_error' }] });
  }
  resolveTeammateGate(run, { decision: 'answered', answer });
  sendJson(context.res, 200, { status: 'ok', resumed: true });
}

/** `POST /api/v2/runs/{id}/approve`: allows or denies a pending tool permission request. */
export async function approveRun(context: TeammateContext, params: Params): Promise<void> {
  const run = findTeammateRun(context, params);
  if (!run) return;
  const body = await readRequestBody(context.req);
  const decision = isRecord(body) ? body.decision : undefined;
  if (!isRecord(body) || typeof body.request_id !== 'string' || (decision !== 'allow' && decision !== 'deny')) {
    return sendJson(context.res, 422, { detail: [{ loc: ['body'], msg: "Send request_id and a decision of 'allow' or 'deny'", type: 'value_error' }] });
  }
  const request = run.permissions.find((candidate) => candidate.request_id === body.request_id);
  if (!request) return sendJson(context.res, 404, { detail: `No request ${body.request_id} on run ${run.id}`, code: 'gate_not_found' });
  if (request.status !== 'pending') {
    return sendJson(context.res, 409, { detail: `Request ${request.request_id} is already resolved`, code: 'gate_resolved_otherwise' });
  }
  const gate = pendingGate(context, run);
  if (!gate) return;
  if (request.tool_name === 'AskUserQuestion') {
    return sendJson(context.res, 409, { detail: 'AskUserQuestion requests are answered with /answer', code: 'gate_not_permission' });
  }
  const remembered = body.remember === true && decision === 'allow';
  if (remembered) run.rememberedTools.add(request.tool_name);
  const reason = typeof body.reason === 'string' ? body.reason : undefined;
  resolveTeammateGate(run, decision === 'allow' ? { decision } : { decision, reason });
  sendJson(context.res, 200, { ...request, resumed: true, remembered });
}

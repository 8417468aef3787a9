import { createRouter } from '../createRouter';
import { takeRequestFault } from '../faults/takeRequestFault';
import { isRecord } from '../isRecord';
import { readRequestBody } from '../readRequestBody';
import { sendJson } from '../sendJson';
import { findTeammateRun } from './findTeammateRun';
import { endTeammateTurn, publishTeammateFrame } from './publishTeammateFrame';
import { chooseTeammateScenario, startTeammateTurn, subscribeToTeammateRun } from './startTeammateTurn';
import type { TeammateContext } from './TeammateContext';
import { answerRun, approveRun, listPermissions } from './teammatePermissionRoutes';
import type { TeammatePermissionMode } from './TeammateRun';
import { createTeammateRun, isExecuting, toTeammateRunJson } from './TeammateRun';

type Params = Readonly<Record<string, string>>;

const permissionModes: readonly string[] = ['autonomous', 'approval', 'plan'];

function sendValidationError(context: TeammateContext, field: string, msg: string, type: string): void {
  sendJson(context.res, 422, { detail: [{ loc: ['body', field], msg, type }] });
}

/** Reads a body with a non-empty `message`; answers 422 in FastAPI's shape otherwise. */
async function readMessageBody(context: TeammateContext): Promise<{ body: Record<string, unknown>; message: string } | undefined> {
  const body = await readRequestBody(context.req);
  const message = isRecord(body) ? body.message : undefined;
  if (!isRecord(body) || typeof message !== 'string') {
    sendValidationError(context, 'message', 'Field required', 'missing');
    return undefined;
  }
  if (message.trim() === '') {
    sendValidationError(context, 'message', 'String should have at least 1 character', 'string_too_short');
    return undefined;
  }
  return { body, message };
}

async function createRun(context: TeammateContext): Promise<void> {
  const read = await readMessageBody(context);
  if (!read) return;
  const { body, message } = read;
  const permissionMode = body.permission_mode ?? 'autonomous';
  if (typeof permissionMode !== 'string' || !permissionModes.includes(permissionMode)) {
    return sendValidationError(context, 'permission_mode', "Input should be 'autonomous', 'approval' or 'plan'", 'literal_error');
  }
  const humanInTheLoop = body.human_in_the_loop === true;
  if (permissionMode !== 'autonomous' && !humanInTheLoop) {
    return sendValidationError(context, 'permission_mode', `permission_mode '${permissionMode}' requires human_in_the_loop: true`, 'value_error');
  }
  const scenario = chooseTeammateScenario(context, message, permissionMode as TeammatePermissionMode, humanInTheLoop);
  if (!scenario) return;
  // Counted under the id the run is about to get, so the create and a later re-join share one count.
  const fault = takeRequestFault(context, { dialect: 'teammate', key: String(context.runs.nextId), streaming: body.stream !== false });
  if (!fault) return;
  const run = createTeammateRun({
    id: context.runs.nextId,
    teammateId: typeof body.teammate_id === 'string' ? body.teammate_id : null,
    permissionMode: permissionMode as TeammatePermissionMode,
    humanInTheLoop,
    metadata: isRecord(body.metadata) ? body.metadata : null,
  });
  context.runs.nextId += 1;
  context.runs.byId.set(run.id, run);
  startTeammateTurn(context, run, scenario, body.stream !== false, message, fault);
}

async function replyToRun(context: TeammateContext, params: Params): Promise<void> {
  const run = findTeammateRun(context, params);
  if (!run) return;
  const read = await readMessageBody(context);
  if (!read) return;
  if (isExecuting(run)) return sendJson(context.res, 409, { detail: 'The run is still executing; reply once it has finished', code: 'run_active' });
  // A reply is not steered into plan or approval by the run's permission mode: only pins and keywords pick.
  const scenario = chooseTeammateScenario(context, read.message, 'autonomous', run.humanInTheLoop);
  if (!scenario) return;
  const streaming = read.body.stream !== false;
  const fault = takeRequestFault(context, { dialect: 'teammate', key: String(run.id), streaming });
  if (fault) startTeammateTurn(context, run, scenario, streaming, read.message, fault);
}

function listRuns(context: TeammateContext): void {
  const data = [...context.runs.byId.values()].reverse().map(toTeammateRunJson);
  sendJson(context.res, 200, { data, has_more: false });
}

function getRun(context: TeammateContext, params: Params): void {
  const run = findTeammateRun(context, params);
  if (run) sendJson(context.res, 200, toTeammateRunJson(run));
}

function streamRun(context: TeammateContext, params: Params): void {
  const run = findTeammateRun(context, params);
  if (!run) return;
  if (!isExecuting(run)) return sendJson(context.res, 409, { detail: 'The run is no longer executing', code: 'run_not_active' });
  const fault = takeRequestFault(context, { dialect: 'teammate', key: String(run.id), streaming: true, rejoining: run.frames.length > 0 });
  if (fault) subscribeToTeammateRun(context, run, fault);
}

function cancelRun(context: TeammateContext, params: Params): void {
  const run = findTeammateRun(context, params);
  if (!run) return;
  if (isExecuting(run)) {
    const pending = run.gate?.request;
    if (pending) {
      pending.status = 'resolved';
      pending.resolved_at = new Date().toISOString();
      pending.decision = 'cancelled';
    }
    // Aborting first makes the turn's pending wait end, so the turn publishes nothing after `cancelled`.
    run.controller.abort();
    publishTeammateFrame(run, { type: 'cancelled' });
    endTeammateTurn(run, 'cancelled');
  }
  sendJson(context.res, 200, toTeammateRunJson(run));
}

/** The m8tes Runs API v2 routes, relative to `/teammate` (or `/teammate/scenario/<name>`). */
export const teammateRoutes = createRouter<TeammateContext>()
  .add('POST', '/api/v2/runs', createRun)
  .add('GET', '/api/v2/runs', listRuns)
  .add('GET', '/api/v2/runs/:runId', getRun)
  .add('GET', '/api/v2/runs/:runId/stream', streamRun)
  .add('POST', '/api/v2/runs/:runId/reply', replyToRun)
  .add('POST', '/api/v2/runs/:runId/cancel', cancelRun)
  .add('GET', '/api/v2/runs/:runId/permissions', listPermissions)
  .add('POST', '/api/v2/runs/:runId/answer', answerRun)
  .add('POST', '/api/v2/runs/:runId/approve', approveRun);

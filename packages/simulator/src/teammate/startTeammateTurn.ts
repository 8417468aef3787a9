import type { RequestFault } from '../faults/takeRequestFault';
import { openSseStream } from '../openSseStream';
import { readScenarioHeader } from '../readScenarioHeader';
import { sendJson } from '../sendJson';
import { encodeTeammateFrame } from './publishTeammateFrame';
import { resolveTeammateScenario } from './resolveTeammateScenario';
import { runTeammateTurn } from './runTeammateTurn';
import type { TeammateContext } from './TeammateContext';
import type { TeammatePermissionMode, TeammateRun } from './TeammateRun';
import { toTeammateRunJson } from './TeammateRun';
import { teammateScenarioNames } from './teammateScenarios';
import type { TeammateScenario } from './TeammateStep';
import { needsHumanInTheLoop } from './TeammateStep';

// Alternates both keep-alive forms seen in the wild: a JSON frame and an SSE comment.
const formatHeartbeat = (beat: number) => (beat % 2 === 0 ? encodeTeammateFrame({ type: 'keep-alive' }) : ': keep-alive\n\n');

/** Opens an SSE response that receives the run's frames until its turn ends, with the request's fault applied. */
export function subscribeToTeammateRun(context: TeammateContext, run: TeammateRun, fault?: RequestFault): void {
  const stream = openSseStream(context.res, { heartbeatMs: context.settings.heartbeatMs, formatHeartbeat, tap: fault?.tap });
  for (const frame of run.frames) stream.write(frame);
  for (const frame of fault?.duplicates(run.frames) ?? []) stream.write(frame);
  run.subscribers.add(stream);
  stream.onEnd(() => run.subscribers.delete(stream));
}

/**
 * Picks the scenario of a new turn; answers 400 for an unknown scenario and 422 when it needs
 * `human_in_the_loop` and the run lacks it, returning undefined then.
 */
export function chooseTeammateScenario(
  context: TeammateContext,
  message: string,
  permissionMode: TeammatePermissionMode,
  humanInTheLoop: boolean,
): TeammateScenario | undefined {
  const hints = { pinned: context.pinnedScenario, header: readScenarioHeader(context.req), message };
  const resolution = resolveTeammateScenario(hints, permissionMode);
  if ('unknownName' in resolution) {
    sendJson(context.res, 400, { detail: `Unknown scenario "${resolution.unknownName}"`, scenarios: teammateScenarioNames });
    return undefined;
  }
  if (needsHumanInTheLoop(resolution.scenario) && !humanInTheLoop) {
    const detail = `Scenario "${resolution.scenario.name}" asks the user, which needs human_in_the_loop: true`;
    sendJson(context.res, 422, { detail });
    return undefined;
  }
  return resolution.scenario;
}

/**
 * Starts a new turn of `run`: resets its per-turn state, answers with the turn's stream (`stream`
 * true, with the request's fault) or the Run JSON, and plays the scenario.
 */
export function startTeammateTurn(context: TeammateContext, run: TeammateRun, scenario: TeammateScenario, stream: boolean, message: string, fault?: RequestFault): void {
  run.status = 'running';
  run.output = null;
  run.error = null;
  run.errorCode = null;
  run.stopReason = null;
  run.frames = [];
  run.controller = new AbortController();
  run.updatedAt = new Date().toISOString();
  if (stream) subscribeToTeammateRun(context, run, fault);
  else sendJson(context.res, 200, toTeammateRunJson(run));
  runTeammateTurn(run, scenario, context.settings, message.length).catch((error: unknown) => {
    console.error('[simulator] Teammate run failed', error);
  });
}

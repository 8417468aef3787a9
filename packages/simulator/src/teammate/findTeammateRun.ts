import { sendJson } from '../sendJson';
import type { TeammateContext } from './TeammateContext';
import type { TeammateRun } from './TeammateRun';

/** Finds the run named by the `:runId` path parameter; answers 404 `{detail}` when there is none. */
export function findTeammateRun(context: TeammateContext, params: Readonly<Record<string, string>>): TeammateRun | undefined {
  const run = context.runs.byId.get(Number(params.runId));
  if (!run) sendJson(context.res, 404, { detail: 'Run not found' });
  return run;
}

import type { Dialect } from '../Dialect';
import { matchScenarioPin } from '../matchScenarioPin';
import { sendJson } from '../sendJson';
import type { TeammateRuns, TeammateSettings } from './TeammateContext';
import { teammateRoutes } from './teammateRoutes';
import { findTeammateScenario, teammateScenarioNames } from './teammateScenarios';

/** Run ids start here, so they look like the four-digit ids of the m8tes docs. */
const firstRunId = 4801;

/**
 * The Teammate (m8tes) Runs API under `/teammate`, API root `/teammate/api/v2`.
 * `/teammate/scenario/<name>/api/v2/...` serves the same routes with every turn pinned to `<name>`.
 */
export function createTeammateDialect(settings: TeammateSettings): Dialect {
  const runs: TeammateRuns = { byId: new Map(), nextId: firstRunId };

  return {
    prefix: '/teammate',
    async handle({ req, res, path, query }) {
      const pin = matchScenarioPin(path);
      const pinnedScenario = pin?.name;
      if (pinnedScenario !== undefined && !findTeammateScenario(pinnedScenario)) {
        sendJson(res, 400, { detail: `Unknown scenario "${pinnedScenario}"`, scenarios: teammateScenarioNames });
        return true;
      }
      const match = teammateRoutes.match(req.method ?? 'GET', pin?.rest ?? path);
      if (!match) return false;
      await match.handler({ req, res, query, runs, settings, pinnedScenario }, match.params);
      return true;
    },
    close() {
      for (const run of runs.byId.values()) {
        for (const stream of [...run.subscribers]) stream.end();
      }
    },
  };
}

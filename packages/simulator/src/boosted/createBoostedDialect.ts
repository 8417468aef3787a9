import type { Dialect } from '../Dialect';
import { matchScenarioPin } from '../matchScenarioPin';
import { sendJson } from '../sendJson';
import type { BoostedSettings } from './BoostedContext';
import type { BoostedThread } from './BoostedThread';
import { boostedRoutes } from './boostedRoutes';
import { boostedScenarioNames, findBoostedScenario } from './boostedScenarios';

/**
 * The Boosted Thread API under `/boosted`. `/boosted/scenario/<name>/v2/...` serves the same
 * routes with every posted message pinned to scenario `<name>`.
 */
export function createBoostedDialect(settings: BoostedSettings): Dialect {
  const threads = new Map<string, BoostedThread>();

  return {
    prefix: '/boosted',
    async handle({ req, res, path, query }) {
      const pin = matchScenarioPin(path);
      const pinnedScenario = pin?.name;
      if (pinnedScenario !== undefined && !findBoostedScenario(pinnedScenario)) {
        sendJson(res, 400, { detail: `Unknown scenario "${pinnedScenario}"`, scenarios: boostedScenarioNames });
        return true;
      }
      const match = boostedRoutes.match(req.method ?? 'GET', pin?.rest ?? path);
      if (!match) return false;
      await match.handler({ req, res, query, threads, settings, pinnedScenario }, match.params);
      return true;
    },
    close() {
      for (const thread of threads.values()) {
        for (const subscriber of [...thread.subscribers]) subscriber.stream.end();
      }
    },
  };
}

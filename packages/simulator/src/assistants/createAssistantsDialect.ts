import type { Dialect } from '../Dialect';
import { matchScenarioPin } from '../matchScenarioPin';
import type { AssistantsContext, AssistantsSettings } from './AssistantsContext';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsThread } from './AssistantsThread';
import { assistantsRoutes } from './assistantsRoutes';
import { assistantsScenarioNames, findAssistantsScenario } from './assistantsScenarios';
import { sendAssistantsError } from './sendAssistantsError';

/**
 * The OpenAI Assistants API v2 under `/assistants`, API root `/assistants/v1`.
 * `/assistants/scenario/<name>/v1/...` serves the same routes with every run pinned to `<name>`.
 */
export function createAssistantsDialect(settings: AssistantsSettings): Dialect {
  const threads = new Map<string, AssistantsThread>();
  const runs = new Map<string, AssistantsRun>();

  return {
    prefix: '/assistants',
    async handle({ req, res, path, query }) {
      const pin = matchScenarioPin(path);
      const pinnedScenario = pin?.name;
      if (pinnedScenario !== undefined && !findAssistantsScenario(pinnedScenario)) {
        const details = { code: 'unknown_scenario' };
        sendAssistantsError(res, 400, `Unknown scenario "${pinnedScenario}"`, details, { scenarios: assistantsScenarioNames });
        return true;
      }
      const match = assistantsRoutes.match(req.method ?? 'GET', pin?.rest ?? path);
      if (!match) return false;
      const context: AssistantsContext = { req, res, query, threads, runs, settings, pinnedScenario };
      await match.handler(context, match.params);
      return true;
    },
    close() {
      for (const run of runs.values()) run.stream?.end();
    },
  };
}

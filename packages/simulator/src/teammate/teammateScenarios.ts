import { approvalScenario } from './scenarios/approvalScenario';
import { cancelScenario } from './scenarios/cancelScenario';
import { errorScenario } from './scenarios/errorScenario';
import { longAnswerScenario } from './scenarios/longAnswerScenario';
import { plainScenario } from './scenarios/plainScenario';
import { planScenario } from './scenarios/planScenario';
import { questionScenario } from './scenarios/questionScenario';
import { sandboxFailureScenario } from './scenarios/sandboxFailureScenario';
import { toolsScenario } from './scenarios/toolsScenario';
import type { TeammateScenario } from './TeammateStep';

/** Every Teammate scenario by name. */
export const teammateScenarios = {
  plain: plainScenario,
  tools: toolsScenario,
  question: questionScenario,
  approval: approvalScenario,
  plan: planScenario,
  error: errorScenario,
  'sandbox-failure': sandboxFailureScenario,
  cancel: cancelScenario,
  'long-answer': longAnswerScenario,
} as const satisfies Record<string, TeammateScenario>;

/** The name of a built-in Teammate scenario. */
export type TeammateScenarioName = keyof typeof teammateScenarios;

/** The names accepted by `/teammate/scenario/<name>/...` and the `x-simulator-scenario` header. */
export const teammateScenarioNames: readonly TeammateScenarioName[] = Object.freeze(Object.keys(teammateScenarios) as TeammateScenarioName[]);

/** Looks a scenario up by name; undefined for an unknown name. */
export function findTeammateScenario(name: string): TeammateScenario | undefined {
  return Object.hasOwn(teammateScenarios, name) ? teammateScenarios[name as TeammateScenarioName] : undefined;
}

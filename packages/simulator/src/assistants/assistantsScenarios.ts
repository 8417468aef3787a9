import type { AssistantsScenario } from './AssistantsStep';
import { cancelScenario } from './scenarios/cancelScenario';
import { errorScenario } from './scenarios/errorScenario';
import { failedScenario } from './scenarios/failedScenario';
import { fileSearchScenario } from './scenarios/fileSearchScenario';
import { incompleteScenario } from './scenarios/incompleteScenario';
import { longAnswerScenario } from './scenarios/longAnswerScenario';
import { plainScenario } from './scenarios/plainScenario';
import { toolsScenario } from './scenarios/toolsScenario';

/** Every Assistants scenario by name. */
export const assistantsScenarios = {
  plain: plainScenario,
  tools: toolsScenario,
  'file-search': fileSearchScenario,
  failed: failedScenario,
  error: errorScenario,
  cancel: cancelScenario,
  incomplete: incompleteScenario,
  'long-answer': longAnswerScenario,
} as const satisfies Record<string, AssistantsScenario>;

/** The name of a built-in Assistants scenario. */
export type AssistantsScenarioName = keyof typeof assistantsScenarios;

/** The names accepted by `/assistants/scenario/<name>/...` and the `x-simulator-scenario` header. */
export const assistantsScenarioNames: readonly AssistantsScenarioName[] = Object.freeze(
  Object.keys(assistantsScenarios) as AssistantsScenarioName[],
);

/** Looks a scenario up by name; undefined for an unknown name. */
export function findAssistantsScenario(name: string): AssistantsScenario | undefined {
  return Object.hasOwn(assistantsScenarios, name) ? assistantsScenarios[name as AssistantsScenarioName] : undefined;
}

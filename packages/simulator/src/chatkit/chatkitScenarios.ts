import type { ChatKitScenario } from './ChatKitStep';
import { cancelScenario } from './scenarios/cancelScenario';
import { clientToolScenario } from './scenarios/clientToolScenario';
import { errorRetryScenario } from './scenarios/errorRetryScenario';
import { errorScenario } from './scenarios/errorScenario';
import { hostileContentScenario } from './scenarios/hostileContentScenario';
import { longAnswerScenario } from './scenarios/longAnswerScenario';
import { plainScenario } from './scenarios/plainScenario';
import { thousandMessagesScenario } from './scenarios/thousandMessagesScenario';
import { workflowScenario } from './scenarios/workflowScenario';

/** Every ChatKit scenario by name. */
export const chatkitScenarios = {
  plain: plainScenario,
  workflow: workflowScenario,
  'client-tool': clientToolScenario,
  error: errorScenario,
  'error-retry': errorRetryScenario,
  cancel: cancelScenario,
  'long-answer': longAnswerScenario,
  'thousand-messages': thousandMessagesScenario,
  'hostile-content': hostileContentScenario,
} as const satisfies Record<string, ChatKitScenario>;

/** The name of a built-in ChatKit scenario. */
export type ChatKitScenarioName = keyof typeof chatkitScenarios;

/** The names accepted by `/chatkit/scenario/<name>` and the `x-simulator-scenario` header. */
export const chatkitScenarioNames: readonly ChatKitScenarioName[] = Object.freeze(Object.keys(chatkitScenarios) as ChatKitScenarioName[]);

/** Looks a scenario up by name; undefined for an unknown name. */
export function findChatKitScenario(name: string): ChatKitScenario | undefined {
  return Object.hasOwn(chatkitScenarios, name) ? chatkitScenarios[name as ChatKitScenarioName] : undefined;
}

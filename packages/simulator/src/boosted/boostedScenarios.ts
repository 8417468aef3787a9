import type { BoostedScenario } from './BoostedStep';
import { artifactGalleryScenario } from './scenarios/artifactGalleryScenario';
import { cancelScenario } from './scenarios/cancelScenario';
import { citationsArtifactsScenario } from './scenarios/citationsArtifactsScenario';
import { closedEarlyScenario } from './scenarios/closedEarlyScenario';
import { longAnswerScenario } from './scenarios/longAnswerScenario';
import { malformedScenario } from './scenarios/malformedScenario';
import { plainScenario } from './scenarios/plainScenario';
import { progressScenario } from './scenarios/progressScenario';
import { renameScenario } from './scenarios/renameScenario';
import { thousandMessagesScenario } from './scenarios/thousandMessagesScenario';
import { workerErrorScenario } from './scenarios/workerErrorScenario';

/** Every Boosted scenario by name. */
export const boostedScenarios = {
  plain: plainScenario,
  'citations-artifacts': citationsArtifactsScenario,
  progress: progressScenario,
  'closed-early': closedEarlyScenario,
  cancel: cancelScenario,
  malformed: malformedScenario,
  'artifact-gallery': artifactGalleryScenario,
  'long-answer': longAnswerScenario,
  'thousand-messages': thousandMessagesScenario,
  rename: renameScenario,
  'worker-error': workerErrorScenario,
} as const satisfies Record<string, BoostedScenario>;

/** The name of a built-in Boosted scenario. */
export type BoostedScenarioName = keyof typeof boostedScenarios;

/** The names accepted by `/boosted/scenario/<name>/...` and the `x-simulator-scenario` header. */
export const boostedScenarioNames: readonly BoostedScenarioName[] = Object.freeze(
  Object.keys(boostedScenarios) as BoostedScenarioName[],
);

/** Looks a scenario up by name; undefined for an unknown name. */
export function findBoostedScenario(name: string): BoostedScenario | undefined {
  return Object.hasOwn(boostedScenarios, name) ? boostedScenarios[name as BoostedScenarioName] : undefined;
}

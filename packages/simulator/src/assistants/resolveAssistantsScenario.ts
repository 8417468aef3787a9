import type { ScenarioHints, ScenarioResolution } from '../resolveScenario';
import { resolveScenario } from '../resolveScenario';
import type { AssistantsScenario } from './AssistantsStep';
import type { AssistantsScenarioName } from './assistantsScenarios';
import { assistantsScenarios } from './assistantsScenarios';

// Word-start matches, checked in order.
const keywords: readonly [RegExp, AssistantsScenarioName][] = [
  [/\bhuge\b|\b20,?000\b|\b20k\b/i, 'long-answer'],
  [/\bcancel|\blong\b/i, 'cancel'],
  [/\btool|\bfunction|\bquote/i, 'tools'],
  [/\bfile|\bsearch|\bcit(e|ation)/i, 'file-search'],
  [/\bincomplete|\btruncat|\bmax/i, 'incomplete'],
  [/\bfail/i, 'failed'],
  [/\berror/i, 'error'],
  [/\bplain\b|\bhello\b/i, 'plain'],
];

/**
 * Picks the scenario of a run: the path pin, then the header, then keywords in the last user
 * message, then `plain`.
 */
export function resolveAssistantsScenario(hints: ScenarioHints): ScenarioResolution<AssistantsScenario> {
  return resolveScenario({ scenarios: assistantsScenarios, keywords, fallback: 'plain' }, hints);
}

import type { ScenarioHints, ScenarioResolution } from '../resolveScenario';
import { resolveScenario } from '../resolveScenario';
import type { ChatKitScenarioName } from './chatkitScenarios';
import { chatkitScenarios } from './chatkitScenarios';
import type { ChatKitScenario } from './ChatKitStep';

// Word-start matches, checked in order ("retry" before "error", so "error retry" picks error-retry).
const keywords: readonly [RegExp, ChatKitScenarioName][] = [
  [/\bthousand\b|\b1,?000 messages/i, 'thousand-messages'],
  [/\bhuge\b|\b20,?000\b|\b20k\b/i, 'long-answer'],
  [/\bcancel|\blong\b/i, 'cancel'],
  [/\bretry/i, 'error-retry'],
  [/\berror|\bguardrail|\bblock/i, 'error'],
  [/\bclient|\bcanvas|\bselect|\btool/i, 'client-tool'],
  [/\bworkflow|\bwidget|\bcompare|\bsearch/i, 'workflow'],
  [/\bplain\b|\bhello\b/i, 'plain'],
];

/**
 * Picks the scenario of a user message: the path pin, then the header, then keywords in the
 * message text, then `plain`.
 */
export function resolveChatKitScenario(hints: ScenarioHints): ScenarioResolution<ChatKitScenario> {
  return resolveScenario({ scenarios: chatkitScenarios, keywords, fallback: 'plain' }, hints);
}

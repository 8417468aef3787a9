import type { ScenarioHints, ScenarioResolution } from '../resolveScenario';
import { resolveScenario } from '../resolveScenario';
import type { BoostedScenario } from './BoostedStep';
import type { BoostedScenarioName } from './boostedScenarios';
import { boostedScenarios } from './boostedScenarios';

// Word-start matches, so "disclosed" does not pick closed-early.
const keywords: readonly [RegExp, BoostedScenarioName][] = [
  [/\bthousand\b|\b1,?000 messages/i, 'thousand-messages'],
  [/\bhuge\b|\b20,?000\b|\b20k\b/i, 'long-answer'],
  [/\bgallery|\bviewers?\b/i, 'artifact-gallery'],
  [/\bcancel|\blong\b/i, 'cancel'],
  [/\bclose|\bdrop/i, 'closed-early'],
  [/\bmalformed/i, 'malformed'],
  [/\bworker\b|\bcrash/i, 'worker-error'],
  [/\brenam|\btitle\b/i, 'rename'],
  [/\bplain\b|\bhello\b/i, 'plain'],
  [/\bprogress/i, 'progress'],
];

/**
 * Picks the scenario for a posted message: the path pin, then the header, then keywords in the
 * message text, then `citations-artifacts`.
 */
export function resolveBoostedScenario(hints: ScenarioHints): ScenarioResolution<BoostedScenario> {
  return resolveScenario({ scenarios: boostedScenarios, keywords, fallback: 'citations-artifacts' }, hints);
}

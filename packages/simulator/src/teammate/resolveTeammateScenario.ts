import type { ScenarioHints, ScenarioResolution } from '../resolveScenario';
import { resolveScenario } from '../resolveScenario';
import type { TeammatePermissionMode } from './TeammateRun';
import type { TeammateScenarioName } from './teammateScenarios';
import { teammateScenarios } from './teammateScenarios';
import type { TeammateScenario } from './TeammateStep';

// Word-start matches, checked in order.
const keywords: readonly [RegExp, TeammateScenarioName][] = [
  [/\bhuge\b|\b20,?000\b|\b20k\b/i, 'long-answer'],
  [/\bcancel|\blong\b/i, 'cancel'],
  [/\bsandbox/i, 'sandbox-failure'],
  [/\berror|\bfail/i, 'error'],
  [/\bplan\b/i, 'plan'],
  [/\bapprov|\bpermission/i, 'approval'],
  [/\bquestion|\bask\b/i, 'question'],
  [/\btool/i, 'tools'],
  [/\bplain\b|\bhello\b/i, 'plain'],
];

/**
 * Picks the scenario of a turn: the path pin, then the header, then `permission_mode` `plan` or
 * `approval` (which pick the scenario of that name), then keywords in the message, then `plain`.
 */
export function resolveTeammateScenario(hints: ScenarioHints, permissionMode: TeammatePermissionMode): ScenarioResolution<TeammateScenario> {
  if (hints.pinned === undefined && hints.header === undefined && permissionMode !== 'autonomous') {
    return { scenario: teammateScenarios[permissionMode] };
  }
  return resolveScenario({ scenarios: teammateScenarios, keywords, fallback: 'plain' }, hints);
}

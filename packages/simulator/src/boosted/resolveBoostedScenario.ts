import type { BoostedScenario } from './BoostedStep';
import type { BoostedScenarioName } from './boostedScenarios';
import { boostedScenarios, findBoostedScenario } from './boostedScenarios';

// Word-start matches, so "disclosed" does not pick closed-early.
const keywordScenarios: readonly [RegExp, BoostedScenarioName][] = [
  [/\bcancel|\blong\b/i, 'cancel'],
  [/\bclose|\bdrop/i, 'closed-early'],
  [/\bmalformed/i, 'malformed'],
  [/\bplain\b|\bhello\b/i, 'plain'],
  [/\bprogress/i, 'progress'],
];

/** What {@link resolveBoostedScenario} found. */
export type BoostedScenarioResolution = { scenario: BoostedScenario } | { unknownName: string };

/** Where a posted message may name its scenario. */
export interface BoostedScenarioHints {
  /** From `/boosted/scenario/<name>/...`. */
  pinned: string | undefined;
  /** From the `x-simulator-scenario` header. */
  header: string | undefined;
  message: string;
}

/**
 * Picks the scenario for a posted message: the path pin, then the header, then keywords in the
 * message text, then `citations-artifacts`.
 */
export function resolveBoostedScenario({ pinned, header, message }: BoostedScenarioHints): BoostedScenarioResolution {
  const named = pinned ?? header;
  if (named !== undefined) {
    const scenario = findBoostedScenario(named);
    return scenario ? { scenario } : { unknownName: named };
  }
  const keyword = keywordScenarios.find(([pattern]) => pattern.test(message));
  return { scenario: boostedScenarios[keyword?.[1] ?? 'citations-artifacts'] };
}

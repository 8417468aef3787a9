import type { Pacing } from '../Pacing';
import { splitPacedText } from '../splitPacedText';
import type { BoostedStep } from './BoostedStep';

// Scenarios are constants and each run only reads its steps: the re-cut of a long answer is made
// once per pacing, not before every run's first frame.
const pacedSteps = new WeakMap<readonly BoostedStep[], Map<string, readonly BoostedStep[]>>();

/**
 * Re-cuts each run of consecutive `chunk` steps into the deltas a {@link Pacing} asks for
 * (`wordsPerDelta` words each), and drops the chunks after `maxDeltas` of them.
 */
export function paceBoostedSteps(steps: readonly BoostedStep[], pacing: Pacing): readonly BoostedStep[] {
  const byPacing = pacedSteps.get(steps) ?? new Map<string, readonly BoostedStep[]>();
  pacedSteps.set(steps, byPacing);
  const key = `${pacing.wordsPerDelta ?? 1}/${pacing.maxDeltas ?? ''}`;
  const known = byPacing.get(key);
  if (known) return known;
  const paced = recut(steps, pacing);
  byPacing.set(key, paced);
  return paced;
}

function recut(steps: readonly BoostedStep[], pacing: Pacing): BoostedStep[] {
  const paced: BoostedStep[] = [];
  let text = '';
  let deltas = 0;
  const flush = () => {
    if (text === '') return;
    const limit = pacing.maxDeltas === undefined ? undefined : pacing.maxDeltas - deltas;
    const pieces = splitPacedText(text, { ...pacing, maxDeltas: limit });
    deltas += pieces.length;
    paced.push(...pieces.map((chunk) => ({ chunk })));
    text = '';
  };
  for (const step of steps) {
    if ('chunk' in step) {
      text += step.chunk;
    } else {
      flush();
      paced.push(step);
    }
  }
  flush();
  return paced;
}

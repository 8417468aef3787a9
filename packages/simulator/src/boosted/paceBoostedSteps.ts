import type { Pacing } from '../Pacing';
import { splitPacedText } from '../splitPacedText';
import type { BoostedStep } from './BoostedStep';

/**
 * Re-cuts each run of consecutive `chunk` steps into the deltas a {@link Pacing} asks for
 * (`wordsPerDelta` words each), and drops the chunks after `maxDeltas` of them.
 */
export function paceBoostedSteps(steps: readonly BoostedStep[], pacing: Pacing): BoostedStep[] {
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

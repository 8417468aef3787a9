import type { Pacing } from './Pacing';
import { splitIntoWords } from './splitIntoWords';

/** The deltas a paced run streams `text` in: `wordsPerDelta` words each, at most `maxDeltas`. */
export function splitPacedText(text: string, pacing: Pacing): string[] {
  const deltas = splitIntoWords(text, pacing.wordsPerDelta ?? 1);
  return pacing.maxDeltas === undefined ? deltas : deltas.slice(0, pacing.maxDeltas);
}

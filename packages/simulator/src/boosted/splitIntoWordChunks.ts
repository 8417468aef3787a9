import { splitIntoWords } from '../splitIntoWords';
import type { BoostedStep } from './BoostedStep';

/** Splits text into one chunk step per word, each carrying its leading whitespace. */
export function splitIntoWordChunks(text: string): BoostedStep[] {
  return splitIntoWords(text).map((chunk) => ({ chunk }));
}

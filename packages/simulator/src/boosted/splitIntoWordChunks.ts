import { splitIntoWords } from '../splitIntoWords';
import type { BoostedStep } from './BoostedStep';

/** Splits text into one chunk step per word (or per `wordsPerChunk` words), each carrying its leading whitespace. */
export function splitIntoWordChunks(text: string, wordsPerChunk = 1): BoostedStep[] {
  return splitIntoWords(text, wordsPerChunk).map((chunk) => ({ chunk }));
}

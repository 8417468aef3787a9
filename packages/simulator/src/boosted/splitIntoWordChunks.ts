import type { BoostedStep } from './BoostedStep';

/** Splits text into one chunk step per word, each carrying its leading whitespace. */
export function splitIntoWordChunks(text: string): BoostedStep[] {
  return (text.match(/\s*\S+/g) ?? []).map((chunk) => ({ chunk }));
}

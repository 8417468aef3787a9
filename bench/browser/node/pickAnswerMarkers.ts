/** The words a page watches for, and how many deltas the answer has. */
export interface AnswerMarkers {
  /** The first delta that shows a word (the report opens with a bare `#`). */
  firstWord: string;
  /** The last delta's word; it occurs once in the answer. */
  lastWord: string;
  /** How many deltas of the text the answer streams. */
  deltaCount: number;
}

const plainWord = /^[A-Za-z][A-Za-z,.;:'-]*$/;

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

/**
 * Picks the markers of an answer made of `deltas` (one word each), cut after at least
 * `minimumDeltas` at the first word that is plain (no markdown in it) and unique in the text so
 * far, so that the last word is recognisable on screen. Neither marker may occur in `question`,
 * which is on screen too.
 */
export function pickAnswerMarkers(deltas: readonly string[], question: string, minimumDeltas = deltas.length): AnswerMarkers {
  const firstWord = deltas.map((delta) => delta.trim()).find((word) => /^[A-Za-z]{3,}/.test(word));
  if (firstWord === undefined || question.includes(firstWord)) throw new Error('The answer has no first word to watch for.');
  for (let count = Math.min(minimumDeltas, deltas.length); count <= deltas.length; count += 1) {
    const lastWord = deltas[count - 1]?.trim() ?? '';
    if (!plainWord.test(lastWord) || question.includes(lastWord)) continue;
    if (occurrences(deltas.slice(0, count).join(''), lastWord) === 1) return { firstWord, lastWord, deltaCount: count };
  }
  throw new Error('The answer has no unique plain last word.');
}

/** How a text differs, word by word, from the text it should equal. */
export interface WordDiff {
  /** Words of the expected text that the actual text lacks. */
  lost: string[];
  /** Extra words of the actual text that the expected text has elsewhere: shown twice. */
  duplicated: string[];
  /** Words both lost in one place and extra in another: shown out of order. */
  moved: string[];
  /** Extra words the expected text does not have at all (a replacement character, a word cut in two). */
  foreign: string[];
}

/** A text's words: what whitespace separates. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

// Past this many cells the alignment costs too much memory; the words are compared as bags instead.
const MAX_ALIGNMENT_CELLS = 16_000_000;

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The words of `a` that `b` cannot match, one for one. */
function subtractWords(a: readonly string[], b: readonly string[]): string[] {
  const available = countWords(b);
  return a.filter((word) => {
    const left = available.get(word) ?? 0;
    if (left === 0) return true;
    available.set(word, left - 1);
    return false;
  });
}

/** Aligns the two word lists by their longest common subsequence and returns what each has unmatched. */
function unmatchedWords(expected: readonly string[], actual: readonly string[]): { missing: string[]; extra: string[] } {
  const rows = expected.length + 1;
  const columns = actual.length + 1;
  if (rows * columns > MAX_ALIGNMENT_CELLS) return { missing: subtractWords(expected, actual), extra: subtractWords(actual, expected) };
  // lengths[i * columns + j]: the common subsequence of expected[i..] and actual[j..].
  const lengths = new Uint32Array(rows * columns);
  for (let i = expected.length - 1; i >= 0; i--) {
    for (let j = actual.length - 1; j >= 0; j--) {
      lengths[i * columns + j] =
        expected[i] === actual[j] ? (lengths[(i + 1) * columns + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * columns + j] ?? 0, lengths[i * columns + j + 1] ?? 0);
    }
  }
  const missing: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  while (i < expected.length && j < actual.length) {
    if (expected[i] === actual[j]) {
      i++;
      j++;
    } else if ((lengths[(i + 1) * columns + j] ?? 0) >= (lengths[i * columns + j + 1] ?? 0)) {
      missing.push(expected[i++] ?? '');
    } else {
      extra.push(actual[j++] ?? '');
    }
  }
  missing.push(...expected.slice(i));
  extra.push(...actual.slice(j));
  return { missing, extra };
}

/**
 * Compares `actual` with `expected` word by word: what is missing, what is repeated, what came
 * out of order and what is not in `expected` at all. Whitespace is not compared.
 */
export function diffWords(expected: string, actual: string): WordDiff {
  const expectedWords = splitWords(expected);
  const { missing, extra } = unmatchedWords(expectedWords, splitWords(actual));
  const known = new Set(expectedWords);
  const repeated = extra.filter((word) => known.has(word));
  const moved = subtractWords(missing, subtractWords(missing, repeated));
  return {
    lost: subtractWords(missing, moved),
    duplicated: subtractWords(repeated, moved),
    moved,
    foreign: extra.filter((word) => !known.has(word)),
  };
}

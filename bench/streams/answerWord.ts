const answer = [
  'Revenue in the **data center** segment grew 66% year over year, ahead of guidance, while gaming was',
  'flat at $2.9bn. Margins held near 75% (helped by pricing in 東京 and Europe) and `NVDA` guided to another',
  'record quarter 🚀. Analysts raised estimates in nine of the last twelve months; the spread between the',
  'strongest and the weakest names is the widest in a decade, which makes the sector average a poor guide.',
].join(' ');

const words = answer.split(' ');

// A paragraph break now and then, as in a real answer.
const WORDS_PER_PARAGRAPH = 120;

/** Word `index` of a long streamed answer, with the whitespace that goes before it. */
export function answerWord(index: number): string {
  const word = words[index % words.length] ?? '';
  if (index === 0) return word;
  return index % WORDS_PER_PARAGRAPH === 0 ? `\n\n${word}` : ` ${word}`;
}

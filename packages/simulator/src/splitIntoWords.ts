/**
 * Splits text into words, each carrying its leading whitespace, so the pieces join back to the
 * text. With `wordsPerPiece` above 1, consecutive words travel together, for answers too long to
 * stream one word per frame.
 */
export function splitIntoWords(text: string, wordsPerPiece = 1): string[] {
  const words = text.match(/\s*\S+|\s+$/g) ?? [];
  if (wordsPerPiece <= 1) return words;
  const pieces: string[] = [];
  for (let start = 0; start < words.length; start += wordsPerPiece) pieces.push(words.slice(start, start + wordsPerPiece).join(''));
  return pieces;
}

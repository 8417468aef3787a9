/** Splits text into words, each carrying its leading whitespace, so the pieces join back to the text. */
export function splitIntoWords(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

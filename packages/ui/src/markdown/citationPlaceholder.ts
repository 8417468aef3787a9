// The Private Use Area of the Basic Multilingual Plane: the markdown parser passes these through
// as plain text, so one character can carry one citation's place through parsing.
const firstCodePoint = 0xe000;
const lastCodePoint = 0xf8ff;
const anyPlaceholder = /[\uE000-\uF8FF]/;
const everyPlaceholder = /[\uE000-\uF8FF]/g;
// Their UTF-8 percent-encoding, as a parsed link destination holds them. EE and EF are lead
// bytes, never continuation bytes, so a match always starts on a character boundary.
const encodedCharacter = /%E[EF]%[89AB][0-9A-F]%[89AB][0-9A-F]/gi;

/**
 * The character that stands for the citation at `index` (in the `citations` given to
 * `MarkdownText`) where its marker goes in the text. Empty past the 6,400th citation.
 */
export function citationPlaceholder(index: number): string {
  const codePoint = firstCodePoint + index;
  return Number.isInteger(index) && index >= 0 && codePoint <= lastCodePoint ? String.fromCharCode(codePoint) : '';
}

/** The citation index a placeholder character stands for, or null for any other character. */
export function citationPlaceholderIndex(character: string): number | null {
  const codePoint = character.length === 1 ? character.charCodeAt(0) : Number.NaN;
  return codePoint >= firstCodePoint && codePoint <= lastCodePoint ? codePoint - firstCodePoint : null;
}

/** The text without placeholder characters. */
export function stripCitationPlaceholders(text: string): string {
  return text.replace(everyPlaceholder, '');
}

/** An attribute value (a URL, alt text) without placeholder characters, plain or percent-encoded. */
export function stripCitationPlaceholdersFromAttribute(value: string): string {
  return stripCitationPlaceholders(value).replace(encodedCharacter, (encoded) =>
    citationPlaceholderIndex(decodeURIComponent(encoded)) === null ? encoded : '',
  );
}

/** Whether the text holds any placeholder character. */
export function hasCitationPlaceholders(text: string): boolean {
  return anyPlaceholder.test(text);
}

// A table row's pipe, or a list item's marker and the space after it.
const lineOpener = /^(?:\||(?:[-+*]|\d{1,9}[.)])[ \t])/;

/**
 * What opens `line` as a table row (`|`) or a list item (`-`, `*`, `+`, or an ordered item's `.`
 * or `)`), at its first column; undefined for any other line.
 */
export function openerOf(line: string): string | undefined {
  const opener = lineOpener.exec(line)?.[0];
  return opener === '|' ? opener : opener?.charAt(opener.length - 2);
}

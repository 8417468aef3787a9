// The containers (quotes, list items) and the ATX heading opening a line, before its content.
const linePrefix = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*(?:#{1,6}[ \t]+)?/;
// What a line's content can start with to begin or continue a block construct: indentation,
// headings, setext underlines, breaks, list markers, quotes, fences, HTML, definitions and
// footnotes, table delimiter rows.
const blockSyntaxStart = /^[\s#=*_+\-\d.)>`~<[|:]/;

/**
 * Whether the kind of a line (the last of a text, without its line break) is settled whatever is
 * appended to it before the next line break: its content, after any quote and list markers and a
 * heading's `#`s, has started with plain text. Such a line is a paragraph's, an item's, a quote's
 * or a heading's, or a line of code, and no line can become a list item, a thematic break, a setext
 * underline, a table delimiter row, a fence, HTML or a definition by growing at its end.
 */
export function isSettledLine(line: string): boolean {
  const content = line.slice(line.match(linePrefix)?.[0].length ?? 0);
  return content !== '' && !blockSyntaxStart.test(content);
}

// The containers (quotes, list items) and the ATX heading opening a line, before its content.
const linePrefix = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*(?:#{1,6}[ \t]+)?/;
// What a line's content can start with to begin or continue a block construct: indentation,
// headings, setext underlines, breaks, list markers, quotes, fences, HTML, definitions and
// footnotes, table delimiter rows.
const blockSyntaxStart = /^[\s#=*_+\-\d.)>`~<[|:]/;
// Content that starts with such a character and can no longer become that construct, because a
// character the construct cannot hold follows: emphasis or a word after `*`, `_`, `-`, `+` or `=`
// (a break, an underline, a delimiter row and a list marker hold only those, pipes, colons and
// spaces), a word after a pipe or colon, a word after `#`s, and digits not followed by `.` or `)`
// and a space.
const settledSyntaxStart = /^(?:[*_+\-=|:][*_+\-=|: \t]*[^*_+\-=|:\s]|#+[^#\s]|\d+(?:[^\d.)]|[.)][^\s]))/;

/**
 * Whether the kind of a line (the last of a text, without its line break) is settled whatever is
 * appended to it before the next line break: its content, after any quote and list markers and a
 * heading's `#`s, has started with plain text, or with block syntax that what follows has already
 * ruled out (`**Bold**` is no thematic break, `12%` no list marker). Such a line is a paragraph's,
 * an item's, a quote's or a heading's, a table row, or a line of code, and no line can become a
 * list item, a thematic break, a setext underline, a table delimiter row, a fence, HTML or a
 * definition by growing at its end.
 */
export function isSettledLine(line: string): boolean {
  const content = line.slice(line.match(linePrefix)?.[0].length ?? 0);
  return content !== '' && (!blockSyntaxStart.test(content) || settledSyntaxStart.test(content));
}

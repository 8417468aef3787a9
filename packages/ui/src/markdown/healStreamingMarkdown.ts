import remend, { isWithinCodeBlock } from 'remend';
import type { RemendOptions } from 'remend';

// Math is not rendered, so closing `$$` would only add literal dollars; an unfinished link shows
// its text and never gets a URL of remend's making.
const remendOptions: RemendOptions = { katex: false, linkMode: 'text-only' };

// remend closes bold before inline code, so `**a `b` became `**a `b**``, a code span holding the
// bold's closer. Closing the code span first lets the bold close around it.
const inlineCodeOnly: RemendOptions = {
  inlineCode: true,
  bold: false,
  boldItalic: false,
  italic: false,
  strikethrough: false,
  links: false,
  images: false,
  katex: false,
  singleTilde: false,
  comparisonOperators: false,
  htmlTags: false,
  setextHeadings: false,
};

const pipeRow = /^ {0,3}\|/;
const partialDelimiterRow = /^ {0,3}[|:-][ \t|:-]*$/;
// A last line that is only the start of a block marker: a heading's hashes, a list bullet or
// number, a quote mark, or the first backticks of a fence. The next character decides its form.
const partialBlockStart = /^[ \t]*(#{1,6}|[-*+]|\d{1,9}[.)]?|>|`{1,2}|~{1,2})[ \t]*$/;
const partialClosingFence = /^ {0,3}(`+|~+)[ \t]*$/;
// Emphasis, strikethrough or code openers with nothing after them yet, e.g. `Revenue **`; a
// line of three backticks here is a fence that just closed.
const danglingOpeners = /(^|[ \t([{]|\n(?![`~]{3}))[*_~`]+$/;
// Link text whose `](` has not arrived (`see [the filing]`), unless it is a task box (`- [x]`).
const closedLinkText = /(^|\n)([^\n]*)\[([^\]\n]*)\]$/;
const taskBox = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/;

/**
 * Makes a partial markdown text render as the form it is heading for, so a streaming answer
 * never shows raw syntax and never flips between forms:
 *
 * - closes unterminated bold, italic, strikethrough and inline code (with `remend`), and shows
 *   an unfinished link as its text until the whole link has arrived (never with a made-up URL)
 *   and an unfinished image not at all;
 * - drops openers that have nothing after them yet (`text **`) and a last line that is only a
 *   block marker (`#`, `-`, `1.`, `>`, the first backticks of a fence);
 * - holds back a trailing table until its delimiter row is complete, so its header never shows
 *   as a paragraph of pipes first;
 * - inside an unclosed code fence (which already renders as a code block) changes nothing but a
 *   partial closing fence.
 *
 * Run it on the streamed text only while streaming; the final text renders as it is.
 */
export function healStreamingMarkdown(text: string): string {
  if (isWithinCodeBlock(text, text.length)) return holdBackPartialClosingFence(text);
  const held = holdBackIncompleteTable(holdBackPartialLine(text.replace(danglingOpeners, '$1')));
  const linked = unfinishedLinkAsText(held).replace(closedLinkText, (link, _start: string, before: string, label: string) =>
    taskBox.test(before) && /^[ xX]?$/.test(label) ? link : link.slice(0, -1),
  );
  return remend(remend(linked, inlineCodeOnly), remendOptions);
}

// remend takes a link as finished once any `)` follows its `](`, so a URL holding parentheses,
// `[x](javascript:alert(1)`, would show as raw markdown. A destination whose parentheses are
// still open is cut here: the link shows as its text, an image not at all.
function unfinishedLinkAsText(text: string): string {
  const close = text.lastIndexOf('](');
  if (close === -1) return text;
  let depth = 1;
  for (const character of text.slice(close + 2)) {
    if (character === '\n') return text;
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (depth === 0) return text;
  }
  let open = close - 1;
  for (let brackets = 1; open >= 0; open -= 1) {
    if (text[open] === ']') brackets += 1;
    if (text[open] === '[') brackets -= 1;
    if (brackets === 0) break;
  }
  if (open < 0) return text;
  if (text[open - 1] === '!') return text.slice(0, open - 1);
  return text.slice(0, open) + text.slice(open + 1, close);
}

function holdBackPartialClosingFence(text: string): string {
  const lineStart = text.lastIndexOf('\n') + 1;
  return lineStart > 0 && partialClosingFence.test(text.slice(lineStart)) ? text.slice(0, lineStart) : text;
}

function holdBackPartialLine(text: string): string {
  const lineStart = text.lastIndexOf('\n') + 1;
  const line = text.slice(lineStart);
  return line !== '' && partialBlockStart.test(line) ? text.slice(0, lineStart) : text;
}

/**
 * A table renders only once its delimiter row has arrived, so until that row is complete the
 * trailing header is left out; after it, rows can only add to the table.
 */
function holdBackIncompleteTable(text: string): string {
  const lines = text.split('\n');
  const terminated = lines.at(-1) === '';
  const end = terminated ? lines.length - 1 : lines.length;
  const last = lines[end - 1];
  if (last === undefined) return text;
  const isPipeRow = (index: number) => pipeRow.test(lines[index] ?? '');
  let header: number;
  if (isPipeRow(end - 1)) {
    let start = end - 1;
    while (start > 0 && isPipeRow(start - 1)) start -= 1;
    // Rows under a delimiter row written without its leading pipe belong to a table already.
    if (partialDelimiterRow.test(lines[start - 1] ?? '') && isPipeRow(start - 2)) return text;
    const rows = end - start;
    if (rows >= 3 || (rows === 2 && terminated)) return text;
    if (rows === 2 && !partialDelimiterRow.test(lines[start + 1] ?? '')) return text;
    header = start;
  } else if (!terminated && partialDelimiterRow.test(last) && isPipeRow(end - 2) && !isPipeRow(end - 3)) {
    header = end - 2;
  } else {
    return text;
  }
  return lines.slice(0, header).map((line) => `${line}\n`).join('');
}

import { parseMarkdownTree } from '../internal/parseMarkdownTree';
import { isSettledLine } from './isSettledLine';
import { startsWithText } from './startsWithText';

/** A markdown source cut into top-level blocks that each render the same on their own. */
export interface MarkdownBlocks {
  /** The source that was split. */
  source: string;
  /** The offset in `source` where each block starts; the first is always 0. */
  starts: readonly number[];
  /** The blocks' sources, in order; joined they give back `source`. Never empty. */
  blocks: readonly string[];
}

// A link reference definition or a footnote makes blocks depend on each other: `[x]` in one block
// means a link only if `[x]: url` is in another. A container prefix (`> `, `- `) may come first.
// A match never spans lines, so a text that extends a clean one needs testing only from where
// it was cut again.
const interdependent = /\[\^|^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;

/**
 * Cuts markdown into its top-level blocks (paragraphs, headings, lists, tables, code fences,
 * quotes...) at the boundaries the parser finds, so each block can be rendered, and kept, apart.
 * A text with link reference definitions or footnotes stays one block.
 *
 * Given the split of an earlier text that this one extends, only its last blocks are parsed
 * again (see `openBlockCount`): appending to the last block cannot move an earlier boundary, but
 * the last block's first line can still change what it is (`***` becomes `***x`, a paragraph
 * again) and so where the block before it ends. Appending plain text to a plain line parses
 * nothing (see `extendsInertLine`). The earlier blocks keep their strings, so a renderer comparing them
 * compares references, not text.
 */
export function splitMarkdownBlocks(source: string, previous?: MarkdownBlocks): MarkdownBlocks {
  if (previous && extendsInertLine(previous.source, source)) {
    const blocks = previous.blocks.slice();
    blocks[blocks.length - 1] += source.slice(previous.source.length);
    return { source, starts: previous.starts, blocks };
  }
  const closed = previous && closeParagraph(previous, source);
  if (closed) return closed;
  const kept = previous ? Math.max(0, previous.starts.length - openBlockCount(previous.blocks)) : 0;
  const resume = previous && kept > 0 ? (previous.starts[kept] ?? 0) : 0;
  const reusable = previous !== undefined && resume > 0 && startsWithText(source, previous.source.slice(0, resume));
  if (!reusable) {
    if (interdependent.test(source)) return { source, starts: [0], blocks: [source] };
    const starts = blockStarts(source);
    return { source, starts, blocks: starts.map((start, index) => source.slice(start, starts[index + 1])) };
  }
  const rest = source.slice(resume);
  if (interdependent.test(rest)) return { source, starts: [0], blocks: [source] };
  const restStarts = blockStarts(rest);
  const starts = previous.starts.slice(0, kept);
  const blocks = previous.blocks.slice(0, kept);
  restStarts.forEach((start, index) => {
    starts.push(start + resume);
    blocks.push(rest.slice(start, restStarts[index + 1]));
  });
  return { source, starts, blocks };
}

const endsWithBlankLine = /\n[ \t]*\n$/;
// A line that can only be a paragraph's: not blank, not indented, and starting with none of the
// characters that could open another block or turn the lines above into one (a setext underline,
// a table's delimiter row).
const paragraphLine = /^[^\s#=*_+\-\d.)>`~<[|:]/;
const blankLines = /\n(?:[ \t]*\n)+/;
const nothingVisible = /^\s*$/;

/**
 * The split of `source` when it only ends the last block of `previous`, a top-level paragraph, with
 * a blank line and goes on after it: the paragraph's boundary is then certain without parsing it
 * (nothing after a blank line continues a paragraph), and only what follows is parsed. Such frames,
 * where a streaming answer moves on to its next block, would otherwise parse the finished paragraph
 * again. Undefined when the shortcut does not apply.
 */
function closeParagraph(previous: MarkdownBlocks, source: string): MarkdownBlocks | undefined {
  const start = previous.starts.at(-1) ?? 0;
  const before = previous.blocks.at(-2);
  if ((before !== undefined && !endsWithBlankLine.test(before)) || source.length <= previous.source.length) return undefined;
  if (!startsWithText(source, previous.source)) return undefined;
  // The blank line may begin on the earlier text's last line.
  const from = Math.max(start, previous.source.lastIndexOf('\n'));
  const blank = blankLines.exec(source.slice(from));
  if (!blank) return undefined;
  const paragraphEnd = from + blank.index;
  const paragraph = source.slice(start, paragraphEnd);
  if (paragraph.includes('\r') || !paragraph.split('\n').every((line) => paragraphLine.test(line))) return undefined;
  const restStart = paragraphEnd + blank[0].length;
  const rest = source.slice(restStart);
  if (interdependent.test(source.slice(start))) return undefined;
  const starts = previous.starts.slice();
  const blocks = previous.blocks.slice(0, -1);
  // Blank lines, and spaces before any text, still belong to the paragraph's block.
  if (nothingVisible.test(rest)) {
    blocks.push(source.slice(start));
    return { source, starts, blocks };
  }
  blocks.push(source.slice(start, restStart));
  const restStarts = blockStarts(rest);
  restStarts.forEach((offset, index) => {
    starts.push(offset + restStart);
    blocks.push(rest.slice(offset, restStarts[index + 1]));
  });
  return { source, starts, blocks };
}
const startsWithDigit = /^[ \t]*\d/;
const indentedCode = /^(?: {4}|[ ]{0,3}\t)/;

/**
 * How many trailing blocks a longer text must parse again: the last, and the one before it unless
 * a blank line closes that one for good. After a blank line only a list or indented code continues,
 * and the only line that joins a list later than its first character is an ordered item's (`1`
 * becomes `1.`). Indented code also changes how the parser reads what follows its blank lines
 * (`*` and the next line make one paragraph there, an empty item and a paragraph elsewhere), so
 * the block after it is never parsed alone.
 */
function openBlockCount(blocks: readonly string[]): number {
  const before = blocks.at(-2);
  const last = blocks.at(-1) ?? '';
  return before !== undefined && endsWithBlankLine.test(before) && !indentedCode.test(before) && !startsWithDigit.test(last) ? 1 : 2;
}

// What an appended text must not hold to leave every block where it was: a new line, or the
// start of a footnote reference (`[^`), which joins the whole text into one block.
const blockSyntaxInText = /[\n\r[^]/;

/**
 * Whether `source` only appends to the last line of `previous`, and that line's kind is settled
 * (a paragraph's, an item's, a quote's or a heading's, a table row, a line of code; see
 * `isSettledLine`), so no block can start, end or change kind until a new line begins. Such
 * frames, most of a streaming answer's, need no parse at all.
 */
function extendsInertLine(previous: string, source: string): boolean {
  if (source.length <= previous.length) return false;
  const lineStart = Math.max(previous.lastIndexOf('\n'), previous.lastIndexOf('\r')) + 1;
  if (!isSettledLine(previous.slice(lineStart))) return false;
  return !blockSyntaxInText.test(source.slice(previous.length)) && startsWithText(source, previous);
}

function blockStarts(source: string): number[] {
  const tree = parseMarkdownTree(source);
  const starts = [0];
  for (const node of tree.children.slice(1)) {
    const offset = node.position?.start.offset;
    if (offset === undefined) continue;
    // From the start of the node's line, so an indented code block keeps its indent.
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    if (lineStart > (starts.at(-1) ?? 0)) starts.push(lineStart);
  }
  return starts;
}

import { parseMarkdownTree, seedMarkdownTrees } from '../internal/parseMarkdownTree';
import { cutMarkdownTree } from './cutMarkdownTree';
import { isSettledLine } from './isSettledLine';
import { openerOf } from './openerOf';
import { startsWithText } from './startsWithText';

/** A markdown source cut into top-level blocks that each render the same on their own. */
export interface MarkdownBlocks {
  /** The source that was split. */
  source: string;
  /** The offset in `source` where each block starts; the first is always 0. */
  starts: readonly number[];
  /** The blocks' sources, in order; joined they give back `source`. Never empty. */
  blocks: readonly string[];
  /**
   * When the last block is an unindented table or list, what opens each of its lines (see
   * `openerOf`), so that new rows or items extend it without a parse.
   */
  open?: string | undefined;
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
 * again (see `keptBlockCount`): appending to the last block cannot move an earlier boundary, but
 * the last block's first line can still change what it is (`***` becomes `***x`, a paragraph
 * again) and so where the block before it ends. Appending plain text to a plain line parses
 * nothing (see `extendsInertLine`), nor does adding rows to a table or items to a list (see
 * `extendsOpenBlock`); ending a paragraph, a table or a list with a blank line parses only what
 * follows (see `closeParagraph`, `closeOpenBlock`). The earlier blocks keep their strings, so a
 * renderer comparing them compares references, not text.
 */
export function splitMarkdownBlocks(source: string, previous?: MarkdownBlocks): MarkdownBlocks {
  if (previous && (extendsInertLine(previous.source, source) || extendsOpenBlock(previous, source))) {
    const blocks = previous.blocks.slice();
    blocks[blocks.length - 1] += source.slice(previous.source.length);
    return { source, starts: previous.starts, blocks, open: previous.open };
  }
  const closed = previous && (closeParagraph(previous, source) ?? closeOpenBlock(previous, source));
  if (closed) return closed;
  const kept = previous ? keptBlockCount(previous.blocks) : 0;
  const resume = previous && kept > 0 ? (previous.starts[kept] ?? 0) : 0;
  const reusable = previous !== undefined && resume > 0 && startsWithText(source, previous.source.slice(0, resume));
  if (!reusable) {
    if (interdependent.test(source)) return { source, starts: [0], blocks: [source] };
    const { starts, open } = parseBlocks(source);
    return { source, starts, blocks: starts.map((start, index) => source.slice(start, starts[index + 1])), open };
  }
  const rest = source.slice(resume);
  if (interdependent.test(rest)) return { source, starts: [0], blocks: [source] };
  const parsed = parseBlocks(rest);
  const starts = previous.starts.slice(0, kept);
  const blocks = previous.blocks.slice(0, kept);
  parsed.starts.forEach((start, index) => {
    starts.push(start + resume);
    blocks.push(rest.slice(start, parsed.starts[index + 1]));
  });
  return { source, starts, blocks, open: parsed.open };
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
  if (interdependent.test(source.slice(start))) return undefined;
  return closeLastBlock(previous, source, paragraphEnd + blank[0].length);
}

// What can start a line after a list and its blank lines and still continue it (indented
// content, another item) or join it later (`- - -` becomes the item `- - -x`, `1` the item `1.`).
const continuesList = /^[\s\d*+-]/;

/**
 * The split of `source` when it ends the last block of `previous`, an open table or list (see
 * `MarkdownBlocks.open`), with whole rows or items, then a blank line, and goes on after it with
 * what cannot continue a list: the block's end is then certain without parsing it (a blank line
 * ends a table; after one, only indented content or another item continues a list), and only
 * what follows is parsed. Such frames, where a streaming answer moves on from a table or a list,
 * would otherwise parse the whole table or list again. Undefined when the shortcut does not apply.
 */
function closeOpenBlock(previous: MarkdownBlocks, source: string): MarkdownBlocks | undefined {
  const open = previous.open;
  if (!open || source.length <= previous.source.length || !startsWithText(source, previous.source)) return undefined;
  const lineStart = previous.source.lastIndexOf('\n') + 1;
  // A table exists only while its delimiter row is one: that row, last, must not grow.
  if (open === '|' && !isSettledLine(previous.source.slice(lineStart))) return undefined;
  const blank = blankLines.exec(source.slice(lineStart));
  if (!blank) return undefined;
  const lines = source.slice(lineStart, lineStart + blank.index);
  const restStart = lineStart + blank.index + blank[0].length;
  const rest = source.slice(restStart);
  if (nothingVisible.test(rest) || (open !== '|' && continuesList.test(rest))) return undefined;
  if (lines.includes('\r') || interdependent.test(source.slice(lineStart))) return undefined;
  if (!lines.split('\n').every((line) => openerOf(line) === open && isSettledLine(line))) return undefined;
  return closeLastBlock(previous, source, restStart);
}

/**
 * The split of `source` whose last block is `previous`'s last, certainly ended at `restStart`
 * (after its blank lines), and the blocks parsed from what follows.
 */
function closeLastBlock(previous: MarkdownBlocks, source: string, restStart: number): MarkdownBlocks {
  const start = previous.starts.at(-1) ?? 0;
  const rest = source.slice(restStart);
  const starts = previous.starts.slice();
  const blocks = previous.blocks.slice(0, -1);
  // Blank lines, and spaces before any text, still belong to the ended block.
  if (nothingVisible.test(rest)) {
    blocks.push(source.slice(start));
    return { source, starts, blocks };
  }
  blocks.push(source.slice(start, restStart));
  const parsed = parseBlocks(rest);
  parsed.starts.forEach((offset, index) => {
    starts.push(offset + restStart);
    blocks.push(rest.slice(offset, parsed.starts[index + 1]));
  });
  return { source, starts, blocks, open: parsed.open };
}
const startsLikeItem = /^\s*[\d*+-]/;
// An ATX heading, whole: one line, which nothing after it can continue or change.
const atxHeading = /^ {0,3}#{1,6}(?:[ \t][^\n\r]*)?\n(?:[ \t]*\n)*$/;
const indented = /^[ \t]/;
const indentedCode = /^(?: {4}|[ ]{0,3}\t)/;

/**
 * How many leading blocks of a longer text's split stay as they were: all but the last, which
 * grows, and any before it that the blocks parsed again may still depend on (see
 * `dependsOnBlockBefore`). The last block can also join the one before it later than its first
 * character when it starts like a list item: `1` becomes `1.`, the thematic break `- - -` becomes
 * the item `- - -x`; but nothing joins an ATX heading.
 */
function keptBlockCount(blocks: readonly string[]): number {
  let kept = blocks.length - 1;
  if (startsLikeItem.test(blocks[kept] ?? '') && !atxHeading.test(blocks[kept - 1] ?? '')) kept -= 1;
  while (kept > 0 && dependsOnBlockBefore(blocks[kept - 1] ?? '', blocks[kept] ?? '')) kept -= 1;
  return Math.max(0, kept);
}

/**
 * Whether the parser may read `block` differently after `before` than on its own. Only a blank
 * line or the end of an ATX heading's line closes a block for good, and after a blank line only a
 * list or indented code continues: a list item that interrupts a paragraph may not start empty;
 * indented code changes how the parser reads what follows its blank lines (`*` and the next line
 * make one paragraph there, an empty item and a paragraph elsewhere); and micromark cuts indented
 * lines after an empty list item into a block each. A report's `### Heading` directly above its
 * table would otherwise be parsed again with the table at each frame.
 */
function dependsOnBlockBefore(before: string, block: string): boolean {
  if (atxHeading.test(before)) return false;
  return !endsWithBlankLine.test(before) || indentedCode.test(before) || (startsLikeItem.test(before) && indented.test(block));
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
  // The line may still become what `interdependent` matches (`**[x]` grows into `**[x]:`).
  return !blockSyntaxInText.test(source.slice(previous.length)) && startsWithText(source, previous) && !interdependent.test(source.slice(lineStart));
}

function parseBlocks(source: string): { starts: number[]; open: string | undefined } {
  const tree = parseMarkdownTree(source);
  const starts = [0];
  for (const node of tree.children.slice(1)) {
    const offset = node.position?.start.offset;
    if (offset === undefined) continue;
    // From the start of the node's line, so an indented code block keeps its indent.
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    if (lineStart > (starts.at(-1) ?? 0)) starts.push(lineStart);
  }
  // Each block that parses the same on its own renders next from its part of this tree.
  seedMarkdownTrees(cutMarkdownTree(source, starts, tree).filter(([block], index, cut) => parsesAlone(cut[index - 1]?.[0], block, index === cut.length - 1)));
  const last = tree.children.at(-1);
  const start = last?.position?.start;
  const opener = start?.column === 1 ? openerOf(source.slice(start.offset)) : undefined;
  // A table's rows open with a pipe, a list's items never.
  return { starts, open: opener && (opener === '|' ? last?.type === 'table' : last?.type === 'list') ? opener : undefined };
}

// A fence or HTML, which the text's end closes where a container's end would not, or an indented
// line, which may be code or continue a list, and blank lines with it.
const unclosable = /```|~~~|<|(?:^|\n)[ \t]/;

/**
 * Whether a block of a text, after `before` (undefined for the first), parses on its own as it
 * does in the text: when nothing before it changes how it reads (see `dependsOnBlockBefore`), and
 * it ends the text or ends for good, with a blank line or as an ATX heading. Else what follows can
 * still change it (a paragraph's lazy line, an HTML block that the text's end closes).
 */
function parsesAlone(before: string | undefined, block: string, last: boolean): boolean {
  if (unclosable.test(block) || (before !== undefined && (unclosable.test(before) || dependsOnBlockBefore(before, block)))) return false;
  return last || endsWithBlankLine.test(block) || atxHeading.test(block);
}

/**
 * Whether `source` only adds whole rows to the last block of `previous`, an open table or list
 * (see `MarkdownBlocks.open`), and completes its last line as one: every line from there on starts
 * with a pipe, or with the list's own marker, and is settled (see `isSettledLine`), so none can
 * end the block, start another or change an earlier line. Most frames of a streaming table or
 * list are such, and need no parse.
 */
function extendsOpenBlock(previous: MarkdownBlocks, source: string): boolean {
  const open = previous.open;
  if (!open || source.length <= previous.source.length) return false;
  const lineStart = previous.source.lastIndexOf('\n') + 1;
  // A table exists only while its delimiter row is one: that row, last, must not grow.
  if (open === '|' && !isSettledLine(previous.source.slice(lineStart))) return false;
  const lines = source.slice(lineStart);
  if (lines.includes('\r') || interdependent.test(lines) || !startsWithText(source, previous.source)) return false;
  return lines.split('\n').every((line) => openerOf(line) === open && isSettledLine(line));
}

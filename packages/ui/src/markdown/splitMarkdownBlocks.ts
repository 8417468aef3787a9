import { parseMarkdownTree } from '../internal/parseMarkdownTree';

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
const interdependent = /\[\^|^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;

/**
 * Cuts markdown into its top-level blocks (paragraphs, headings, lists, tables, code fences,
 * quotes...) at the boundaries the parser finds, so each block can be rendered, and kept, apart.
 * A text with link reference definitions or footnotes stays one block.
 *
 * Given the split of an earlier text that this one extends, only its last two blocks are parsed
 * again: appending to the last block cannot move an earlier boundary, but the last block's first
 * line can still change what it is (`***` becomes `***x`, a paragraph again) and so where the
 * block before it ends.
 */
export function splitMarkdownBlocks(source: string, previous?: MarkdownBlocks): MarkdownBlocks {
  if (interdependent.test(source)) return { source, starts: [0], blocks: [source] };
  const kept = previous ? previous.starts.slice(0, -2) : [];
  const resume = previous && kept.length > 0 ? (previous.starts[kept.length] ?? 0) : 0;
  const reusable = previous !== undefined && resume > 0 && source.startsWith(previous.source.slice(0, resume));
  const starts = reusable ? [...kept, ...blockStarts(source.slice(resume)).map((start) => start + resume)] : blockStarts(source);
  const blocks = starts.map((start, index) => source.slice(start, starts[index + 1]));
  return { source, starts, blocks };
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

import type { Root, RootContent } from 'mdast';
import { countLineBreaks } from './countLineBreaks';
import { shiftBy, shiftPositions } from './shiftPositions';

/**
 * The trees of the blocks of `source` that start at `starts` (line starts, the first 0), cut from
 * `tree`, the parse of the whole source: each block's top-level nodes, their positions counted from
 * the block's start, in a root that spans the block. For blocks that parse the same on their own
 * (see `splitMarkdownBlocks`), that is the tree parsing the block alone gives.
 */
export function cutMarkdownTree(source: string, starts: readonly number[], tree: Root): Array<[block: string, tree: Root]> {
  const cut: Array<[string, Root]> = [];
  let next = 0;
  let line = 0;
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? source.length;
    const children: RootContent[] = [];
    while (next < tree.children.length && (tree.children[next]?.position?.start.offset ?? end) < end) children.push(tree.children[next++] as RootContent);
    line += countLineBreaks(source, starts[index - 1] ?? 0, start);
    const block = source.slice(start, end);
    const shift = shiftBy(-start, -line);
    const lastBreak = block.lastIndexOf('\n');
    cut.push([block, {
      type: 'root',
      children: start === 0 ? children : children.map((child) => shiftPositions(child, shift)),
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: countLineBreaks(block) + 1, column: block.length - lastBreak, offset: block.length } },
    }]);
  });
  return cut;
}

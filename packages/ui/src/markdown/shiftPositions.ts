import type { Nodes, Root } from 'mdast';

/** A point of a markdown tree's positions. */
export type Point = NonNullable<Root['position']>['end'];

/** Moves a point `offset` characters and `lines` lines on, in the same column: for a text that starts on a line's first column. */
export function shiftBy(offset: number, lines: number): (point: Point) => Point {
  return (point) => ({ line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset });
}

/** A copy of `node` and its descendants with every position moved by `shift`: the parsed tree may be shared (see `parseMarkdownTree`). */
export function shiftPositions<Node extends Nodes>(node: Node, shift: (point: Point) => Point): Node {
  const copy = { ...node };
  if (node.position) copy.position = { start: shift(node.position.start), end: shift(node.position.end) };
  if ('children' in node) (copy as { children: Nodes[] }).children = node.children.map((child: Nodes) => shiftPositions(child, shift));
  return copy;
}

import type { List, ListItem, Root, Table, TableRow } from 'mdast';
import { parseMarkdownTree } from '../internal/parseMarkdownTree';
import type { ParsedMarkdown } from './extendMarkdownTree';
import { countLineBreaks } from './countLineBreaks';
import { openerOf } from './openerOf';
import { shiftBy, shiftPositions } from './shiftPositions';
import type { Point } from './shiftPositions';
import { startsWithText } from './startsWithText';

// A blank line loosens a list (and ends a table); definitions and footnotes tie lines together.
const blankLine = /\n[ \t]*\n/;
const interdependent = /\]:|\[\^|\r/;
const trailingBlankLines = /\n[ \t\n]*$/;

/**
 * The tree of `source`, a table or a tight list, built from the tree of an earlier text of the same
 * block (`previous`) when `source` keeps every line of it but the last, and from there on holds
 * only whole rows of the table or items of the list (each line opens with a pipe, or with the
 * list's own marker at its first column). The rows or items that ended before that line are kept,
 * and only the lines from it on are parsed: alone for a list, after the table's header and
 * delimiter rows for a table, which its rows are read against. A streaming table or list thus
 * costs a parse of its last rows per frame, not of the whole block. The earlier text may differ
 * from `source` in its last line, as a healed text does (`**Eur**` becomes `**Europe**: grew`).
 * Otherwise undefined, and the source must be parsed.
 * The tree is what parsing `source` gives, positions included; `previous.tree` is left as it was.
 */
export function extendTableOrList(previous: ParsedMarkdown | undefined, source: string): Root | undefined {
  const block = previous?.tree.children;
  const node = block?.length === 1 ? block[0] : undefined;
  if (!previous || (node?.type !== 'table' && node?.type !== 'list')) return undefined;
  const lineStart = previous.source.lastIndexOf('\n') + 1;
  if (lineStart === 0 || !startsWithText(source, previous.source.slice(0, lineStart))) return undefined;
  // Blank lines may end the block (the list stays tight), not be within it.
  const content = source.replace(trailingBlankLines, '');
  if (content.length < lineStart || blankLine.test(content) || interdependent.test(source)) return undefined;
  const opener = openerOf(source);
  if (!opener || !content.slice(lineStart).split('\n').every((line) => openerOf(line) === opener)) return undefined;
  return node.type === 'table' ? extendTable(previous.tree, node, source, lineStart) : extendList(previous.tree, node, source, lineStart);
}

function extendTable(root: Root, table: Table, source: string, lineStart: number): Root | undefined {
  const tableStart = table.position?.start.offset ?? -1;
  const headerEnd = source.indexOf('\n', tableStart);
  const delimiterEnd = headerEnd === -1 ? -1 : source.indexOf('\n', headerEnd + 1) + 1;
  if (tableStart !== 0 || delimiterEnd <= 0 || lineStart < delimiterEnd) return undefined;
  const kept = keptChildren(table.children.slice(1), lineStart);
  const tail = parseMarkdownTree(source.slice(0, delimiterEnd) + source.slice(lineStart));
  const parsed = tail.children.length === 1 && tail.children[0]?.type === 'table' ? tail.children[0] : undefined;
  if (!kept || !parsed) return undefined;
  const shift = shiftBy(lineStart - delimiterEnd, countLineBreaks(source, delimiterEnd, lineStart));
  const rows = parsed.children.slice(1).map((row) => shiftPositions(row, shift));
  return joinBlock(root, { ...table, children: [table.children[0] as TableRow, ...kept, ...rows] }, tail, shift);
}

function extendList(root: Root, list: List, source: string, lineStart: number): Root | undefined {
  if (list.position?.start.offset !== 0) return undefined;
  const kept = keptChildren(list.children, lineStart);
  const tail = parseMarkdownTree(source.slice(lineStart));
  const parsed = tail.children.length === 1 && tail.children[0]?.type === 'list' ? tail.children[0] : undefined;
  if (!kept || !parsed) return undefined;
  const shift = shiftBy(lineStart, countLineBreaks(source, 0, lineStart));
  const items = parsed.children.map((item) => shiftPositions(item, shift));
  return joinBlock(root, { ...list, children: [...kept, ...items] }, tail, shift);
}

/** The children that end before `lineStart`, when all that start before it do; else undefined. */
function keptChildren<Child extends TableRow | ListItem>(children: readonly Child[], lineStart: number): Child[] | undefined {
  const kept = children.filter((child) => (child.position?.start.offset ?? lineStart) < lineStart);
  return kept.every((child) => (child.position?.end.offset ?? lineStart) < lineStart) ? kept : undefined;
}

/** `root` holding `node` alone; they end where `tail` (the parse of the last lines) and its one child end. */
function joinBlock(root: Root, node: Table | List, tail: Root, shift: (point: Point) => Point): Root | undefined {
  const start = node.position?.start;
  const end = tail.children[0]?.position?.end;
  const rootStart = root.position?.start;
  const rootEnd = tail.position?.end;
  if (!start || !end || !rootStart || !rootEnd) return undefined;
  return { ...root, children: [{ ...node, position: { start, end: shift(end) } }], position: { start: rootStart, end: shift(rootEnd) } };
}

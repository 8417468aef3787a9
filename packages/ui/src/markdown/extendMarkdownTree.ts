import type { Code, Heading, Nodes, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import { countLineBreaks } from './countLineBreaks';
import { isSettledLine } from './isSettledLine';
import { startsWithText } from './startsWithText';

/** A markdown source and its tree (see `parseMarkdownTree`). */
export interface ParsedMarkdown {
  source: string;
  tree: Root;
}

// What an appended text must not hold: a line break or NUL (the parser rewrites it), or a
// character that can open or close an inline construct (emphasis, strikethrough, code, links,
// autolinks and HTML, entities, escapes), a table cell or a heading's closing sequence.
const syntaxInAppended = /[\n\r\0*_~`[\]()<>&\\|#@]/;
// A delimiter run whose flanking the appended text changes unless it starts with a space.
const delimiterAtEnd = /[*_~]$/;
const spaceFirst = /^[ \t]/;
// An autolink literal (`www.`, `http://`, an email) or an entity never spans a space or tab, so
// one the appended text could complete holds one of these within the earlier text's last word
// and the appended text, or an escape that could spell one (`http:\/\/`).
const literalInWord = /[&@\\]|www\.|:\/\//i;
const trailingSpace = /[ \t]*$/;
const lineBreakOrNul = /[\n\r\0]/;
const onlyFenceCharacters = /^[ \t`~]*$/;
const onlySpace = /^[ \t]*$/;
// A line break and the blank lines after it, ending the appended text.
const lineEnding = /\n[ \t\n]*$/;

type Position = NonNullable<Root['position']>;
type Point = Position['end'];

const containers = new Set(['blockquote', 'list', 'listItem']);
// Inline nodes that text after a space cannot reopen or extend.
const closedInlines = new Set(['strong', 'emphasis', 'delete', 'inlineCode', 'link', 'image']);

/**
 * The tree of `source` built from the tree of an earlier text it extends, when the appended text
 * only lengthens the last paragraph or heading by plain words (its last text node, or a new one
 * after its last emphasis, code or link when the appended text starts with a space), perhaps
 * ending it with blank lines, or lengthens the last line of an open code block. Most frames of a
 * streaming answer are such. Otherwise undefined, and the source must be parsed.
 * The tree is what parsing `source` gives, positions included; `previous.tree` is left as it was.
 */
export function extendMarkdownTree(previous: ParsedMarkdown | undefined, source: string): Root | undefined {
  if (!previous || source.length <= previous.source.length || !startsWithText(source, previous.source)) return undefined;
  const path = lastLeafPath(previous.tree);
  const leaf = path?.at(-1);
  if (!path || previous.tree.position?.end.offset !== previous.source.length) return undefined;
  if (leaf?.type === 'code') return extendCode(path, previous.source, source);
  if (leaf?.type === 'paragraph' || leaf?.type === 'heading') return extendPhrasing(path, previous.source, source);
  return undefined;
}

function extendPhrasing(path: Nodes[], previous: string, source: string): Root | undefined {
  const leaf = path.at(-1) as Paragraph | Heading;
  const last = leaf.children.at(-1);
  const end = last?.position?.end;
  const leafEnd = leaf.position?.end;
  const rootEnd = path[0]?.position?.end;
  if (!last || end?.offset === undefined || !leafEnd || !rootEnd) return undefined;
  const gap = previous.slice(end.offset);
  if (!onlySpace.test(gap)) return undefined;
  // A top-level paragraph or heading the appended text ends: the blank lines after it change
  // nothing. (Inside a quote or a list they end or loosen the container.)
  const appended = source.slice(previous.length);
  const lineEnd = path.length === 2 ? appended.search(lineEnding) : -1;
  const onLine = lineEnd === -1 ? appended : appended.slice(0, lineEnd);
  if (!appendsPlainText(previous, onLine, source)) return undefined;
  // Spaces and tabs ending a paragraph or heading are not part of its text.
  const added = (gap + onLine).replace(trailingSpace, '');
  const contentEnd = movePoint(end, added.length);

  let lastChildren: PhrasingContent[];
  if (last.type === 'text') {
    lastChildren = [{ ...last, value: last.value + added, position: { start: last.position?.start ?? end, end: contentEnd } }];
  } else if (closedInlines.has(last.type) && (spaceFirst.test(gap + onLine) || lineEnd === 0)) {
    lastChildren = added ? [last, { type: 'text', value: added, position: { start: end, end: contentEnd } }] : [last];
  } else {
    return undefined;
  }
  const extended = { ...leaf, children: [...leaf.children.slice(0, -1), ...lastChildren] } as Paragraph | Heading;
  if (lineEnd === -1) return replaceLeaf(path, extended, previous, source, { from: end.offset, to: contentEnd });
  if (leafEnd.offset !== previous.length) return undefined;
  const root = path[0] as Root;
  const blankLines = appended.slice(lineEnd);
  const documentEnd = { line: rootEnd.line + countLineBreaks(blankLines), column: blankLines.length - blankLines.lastIndexOf('\n'), offset: source.length };
  extended.position = { start: leaf.position?.start ?? leafEnd, end: movePoint(leafEnd, onLine.length) };
  return { ...root, children: [...root.children.slice(0, -1), extended], position: { start: root.position?.start ?? rootEnd, end: documentEnd } };
}

/**
 * Whether `appended`, added to the last line of `previous` text, cannot change what that line is
 * or any inline construct before it (see the patterns above). Link reference definitions are left
 * to the parser: a paragraph can become one when a title's quote closes.
 */
function appendsPlainText(previous: string, appended: string, source: string): boolean {
  if (syntaxInAppended.test(appended) || previous.endsWith('\\') || source.includes(']:')) return false;
  const line = lastLine(previous);
  if (!isSettledLine(line)) return false;
  if (appended === '') return true;
  if (spaceFirst.test(appended)) return !literalInWord.test(appended);
  const wordStart = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t')) + 1;
  return !delimiterAtEnd.test(previous) && !literalInWord.test(line.slice(wordStart) + appended);
}

/**
 * A code block that runs to the end of the text takes whatever is appended to its last line, as
 * long as that line is content (not a fence's info string) and can never become a closing fence.
 */
function extendCode(path: Nodes[], previous: string, source: string): Root | undefined {
  const code = path.at(-1) as Code;
  const position = code.position;
  const appended = source.slice(previous.length);
  if (!position || position.end.offset !== previous.length || lineBreakOrNul.test(appended)) return undefined;
  // Not the first line, which may be a fence's info string.
  if (position.start.line === position.end.line || onlyFenceCharacters.test(lastLine(previous))) return undefined;
  return replaceLeaf(path, { ...code, value: code.value + appended }, previous, source);
}

/**
 * The tree with `path`'s leaf replaced, and the ends of the leaf and its containers moved: an end
 * at the earlier text's end moves to the new one, and an end at `content.from` moves to `content.to`.
 */
function replaceLeaf(path: Nodes[], leaf: Nodes, previous: string, source: string, content?: { from: number; to: Point }): Root | undefined {
  let child = leaf;
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const node = path[index] as Nodes;
    const position = node.position;
    const end = position?.end;
    if (!end) return undefined;
    // A block ends where its content does, or, with the spaces after it, where the document does.
    const movedEnd =
      end.offset === previous.length ? movePoint(end, source.length - previous.length) : content && end.offset === content.from ? content.to : undefined;
    if (!movedEnd) return undefined;
    const children = index === path.length - 1 ? {} : { children: [...(node as Parent).children.slice(0, -1), child] };
    child = { ...(index === path.length - 1 ? leaf : node), ...children, position: { start: position.start, end: movedEnd } } as Nodes;
  }
  return child as Root;
}

function lastLine(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
}

/** The root, then the last child of each node down to the first that is not a container. */
function lastLeafPath(tree: Root): Nodes[] | undefined {
  const path: Nodes[] = [tree];
  for (let node: Nodes = tree; node.type === 'root' || containers.has(node.type); ) {
    const children: Nodes[] = 'children' in node ? node.children : [];
    const last = children.at(-1);
    if (!last) return undefined;
    path.push(last);
    node = last;
  }
  return path;
}

function movePoint(point: Point, by: number): Point {
  return { line: point.line, column: point.column + by, offset: (point.offset ?? 0) + by };
}

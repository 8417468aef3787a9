import { parseMarkdownTree } from '../internal/parseMarkdownTree';
import { sourceMarkers } from '../message/sourceMarker';
import type { Nodes } from 'mdast';

// Nodes whose children run together as one line of text; the rest are blocks, spoken apart.
const phrasing = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/**
 * A message's markdown as a screen reader should hear it: the words only, with no emphasis
 * marks, table pipes, fences or source markers, and blocks separated by a space.
 */
export function toSpokenText(markdown: string): string {
  const tree = parseMarkdownTree(markdown.replace(sourceMarkers, ''));
  return speak(tree).replace(/\s+/g, ' ').trim();
}

function speak(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (!('children' in node)) return '';
  const parts = (node.children as Nodes[]).map(speak);
  return parts.join(phrasing.has(node.type) ? '' : ' ');
}

import {
  citationPlaceholderIndex,
  hasCitationPlaceholders,
  stripCitationPlaceholders,
  stripCitationPlaceholdersFromAttribute,
} from './citationPlaceholder';

/** The part of a hast node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The hast element a marker becomes: a `span` that `MarkdownText` renders as a citation marker. */
function markerElement(index: number): HastNode {
  return { type: 'element', tagName: 'span', properties: { dataCitationIndex: index }, children: [] };
}

/**
 * A rehype plugin that turns citation placeholder characters (see `citationPlaceholder`) into
 * marker elements `<span data-citation-index="i">`, which `MarkdownText` renders as citation
 * markers. Placeholders inside code and in attributes (a link's URL, an image's alt text) are
 * removed instead, and a marker that lands inside a link moves to just after it, so a button
 * never nests in an anchor.
 */
export function rehypeCitationMarkers() {
  return (tree: HastNode) => {
    transformChildren(tree, false);
  };
}

function transformChildren(parent: HastNode, inCode: boolean): void {
  if (!parent.children) return;
  const children: HastNode[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' && typeof child.value === 'string' && hasCitationPlaceholders(child.value)) {
      if (inCode) children.push({ ...child, value: stripCitationPlaceholders(child.value) });
      else children.push(...splitText(child.value));
      continue;
    }
    children.push(child);
    if (child.type !== 'element') continue;
    stripProperties(child);
    transformChildren(child, inCode || child.tagName === 'code' || child.tagName === 'pre');
    if (child.tagName === 'a') children.push(...takeMarkers(child));
  }
  parent.children = children;
}

/**
 * Splits a text at its placeholders into text and marker nodes. A marker is an atomic inline,
 * which a line may break around like an ideograph, so each run of markers goes into a
 * `span.tl-citation-nowrap` with the word before it and the punctuation after it.
 */
function splitText(value: string): HastNode[] {
  const nodes: HastNode[] = [];
  const pattern = /(\S*?)((?:[\uE000-\uF8FF])+)([^\s\uE000-\uF8FF]*)/gu;
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    const [whole, before = '', run = '', after = ''] = match;
    const markers = [...run].map(citationPlaceholderIndex).filter((index): index is number => index !== null);
    if (markers.length === 0) continue;
    const start = match.index ?? 0;
    if (start > last) nodes.push({ type: 'text', value: value.slice(last, start) });
    const children: HastNode[] = [];
    if (before) children.push({ type: 'text', value: before });
    for (const index of markers) children.push(markerElement(index));
    if (after) children.push({ type: 'text', value: after });
    nodes.push({ type: 'element', tagName: 'span', properties: { className: ['tl-citation-nowrap'] }, children });
    last = start + whole.length;
  }
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

function stripProperties(element: HastNode): void {
  const properties = element.properties;
  if (!properties) return;
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string') properties[key] = stripCitationPlaceholdersFromAttribute(value);
  }
}

function takeMarkers(element: HastNode): HastNode[] {
  const taken: HastNode[] = [];
  const visit = (node: HastNode) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => {
      if (isMarker(child)) {
        taken.push(child);
        return false;
      }
      visit(child);
      return true;
    });
  };
  visit(element);
  return taken;
}

function isMarker(node: HastNode): boolean {
  return node.type === 'element' && node.tagName === 'span' && typeof node.properties?.dataCitationIndex === 'number';
}

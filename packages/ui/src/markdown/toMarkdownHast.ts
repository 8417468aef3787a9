import type { Element, Nodes, Root as HastRoot } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { sanitizeUrl } from '../url/sanitizeUrl';

/** A step over the HTML tree of a block before it renders (the caret, citation markers). */
export type HastTransform = (tree: HastRoot) => void;

/**
 * The HTML tree (hast) `MarkdownText` renders for a markdown tree, as react-markdown builds it:
 * `transforms` run first, in order (as its rehype plugins did); then raw HTML becomes text, never
 * elements, and every URL attribute goes through `sanitizeUrl` (as its `urlTransform` did).
 */
export function toMarkdownHast(tree: MdastRoot, transforms: readonly HastTransform[]): HastRoot {
  // Raw HTML is kept as `raw` nodes, not dropped, so that it can be shown as text.
  const hast = toHast(tree, { allowDangerousHtml: true }) as HastRoot;
  for (const transform of transforms) transform(hast);
  makeSafe(hast);
  return hast;
}

function makeSafe(node: Nodes): void {
  if (node.type === 'element') sanitizeUrlAttributes(node);
  if (!('children' in node)) return;
  const children: Nodes[] = node.children;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (!child) continue;
    if (child.type === 'raw') children[index] = { type: 'text', value: child.value };
    else makeSafe(child);
  }
}

function sanitizeUrlAttributes(element: Element): void {
  const properties = element.properties;
  for (const key in urlAttributes) {
    if (!Object.hasOwn(urlAttributes, key) || !Object.hasOwn(properties, key)) continue;
    const tagNames = urlAttributes[key];
    if (tagNames === null || tagNames === undefined || tagNames.includes(element.tagName)) {
      properties[key] = sanitizeUrl(String(properties[key] || ''));
    }
  }
}

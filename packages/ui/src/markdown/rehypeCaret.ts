/** The part of a hast node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: HastNode[];
}

// Elements that cannot hold children (React throws on a `<hr>` with one): the caret goes after them.
// Markdown makes no other void element (a task's checkbox is the `input`); raw HTML is still a
// `raw` node here, shown as text later.
const voidElements: ReadonlySet<string> = new Set(['br', 'hr', 'img', 'input']);

/**
 * A rehype plugin that appends the streaming caret inside the last block of the rendered
 * markdown, so it sits at the end of the last line instead of on a line of its own.
 */
export function rehypeCaret() {
  return (tree: HastNode) => {
    let parent = tree;
    for (;;) {
      const last = lastMeaningfulChild(parent);
      if (!last || last.type !== 'element' || !last.children || voidElements.has(last.tagName ?? '')) break;
      parent = last;
    }
    parent.children ??= [];
    // The caret, a `span.tl-caret` hidden from assistive technology: a new one for every tree,
    // which later steps may change.
    parent.children.push({ type: 'element', tagName: 'span', properties: { className: ['tl-caret'], ariaHidden: 'true', dataState: 'streaming' }, children: [] });
  };
}

// Skips the whitespace-only text nodes that separate blocks.
function lastMeaningfulChild(node: HastNode): HastNode | undefined {
  const children = node.children ?? [];
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index];
    if (child && !(child.type === 'text' && (child.value ?? '').trim() === '')) return child;
  }
  return undefined;
}

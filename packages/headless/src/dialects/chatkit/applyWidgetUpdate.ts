import type { WidgetNode } from '../../events/WidgetNode';
import { isJsonObject, readString } from '../readJson';

/**
 * The widget tree after one ChatKit widget update, as the server's own `diff_widget` means it:
 * - `widget.streaming_text.value_delta`: `delta` appended to the `value` of the component whose
 *   `id` is `component_id`, wherever it sits in the tree;
 * - `widget.component.updated`: that component replaced by `component`;
 * - `widget.root.updated`: the whole tree replaced by `widget`.
 *
 * Pure: only the nodes on the path to the change are copied. The tree comes back unchanged
 * (the same object) when the update does not apply: an unknown type, no such component, or a
 * replacement that is not a widget node.
 */
export function applyWidgetUpdate(root: WidgetNode, update: unknown): WidgetNode {
  switch (readString(update, 'type')) {
    case 'widget.streaming_text.value_delta': {
      const id = readString(update, 'component_id');
      const delta = readString(update, 'delta');
      if (id === null || delta === null || delta === '') return root;
      // `done` only mirrors the component's own `streaming` flag, which a root update flips.
      return replaceComponent(root, id, (node) => ({ ...node, value: (typeof node.value === 'string' ? node.value : '') + delta }));
    }
    case 'widget.component.updated': {
      const id = readString(update, 'component_id');
      const component = toWidgetNode(isJsonObject(update) ? update.component : undefined);
      if (id === null || component === null) return root;
      return replaceComponent(root, id, () => component);
    }
    case 'widget.root.updated': {
      return toWidgetNode(isJsonObject(update) ? update.widget : undefined) ?? root;
    }
    default: {
      return root;
    }
  }
}

/** The value as a widget node (an object with a string `type`), or null. */
export function toWidgetNode(value: unknown): WidgetNode | null {
  return isJsonObject(value) && typeof value.type === 'string' ? (value as WidgetNode) : null;
}

// Children are usually a list, but some components (Transition) hold a single child.
function replaceComponent(node: WidgetNode, id: string, replace: (node: WidgetNode) => WidgetNode): WidgetNode {
  if (node.id === id) return replace(node);
  const children: unknown = node.children;
  if (Array.isArray(children)) {
    let changed = false;
    const next = children.map((child: unknown) => {
      const node = toWidgetNode(child);
      if (node === null) return child;
      const replaced = replaceComponent(node, id, replace);
      if (replaced !== node) changed = true;
      return replaced;
    });
    return changed ? { ...node, children: next as WidgetNode[] } : node;
  }
  const only = toWidgetNode(children);
  if (only === null) return node;
  const replaced = replaceComponent(only, id, replace);
  return replaced === only ? node : ({ ...node, children: replaced } as unknown as WidgetNode);
}

import type { CSSProperties } from 'react';
import type { WidgetNode } from '@threadline/headless';

/** The node's prop as a string, or null. */
export function readText(node: WidgetNode, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/**
 * The node's prop as a styling token for a `data-*` attribute (`sm`, `secondary`, `center`...), or
 * undefined: a server value becomes an attribute only if it is a short word.
 */
export function readToken(node: WidgetNode, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' && /^[\w-]{1,32}$/.test(value) ? value : undefined;
}

/** The node's children as nodes: a list, a single node (Transition), or none. */
export function widgetChildren(node: WidgetNode): WidgetNode[] {
  const children: unknown = node.children;
  const list = Array.isArray(children) ? children : children === undefined || children === null ? [] : [children];
  return list.filter((child): child is WidgetNode => typeof child === 'object' && child !== null && typeof (child as WidgetNode).type === 'string');
}

// Spacing is a number of 4px steps in ChatKit; only finite numbers pass, through custom properties.
function spacing(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 64 ? value : undefined;
}

/** Layout props (`gap`, `padding`) as `--tl-widget-gap` and `--tl-widget-padding` (in 4px steps). */
export function layoutStyle(node: WidgetNode): CSSProperties | undefined {
  const gap = spacing(node.gap);
  const padding = spacing(node.padding);
  if (gap === undefined && padding === undefined) return undefined;
  return { '--tl-widget-gap': gap, '--tl-widget-padding': padding } as CSSProperties;
}

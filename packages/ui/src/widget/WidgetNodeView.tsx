import { memo } from 'react';
import type { WidgetNode } from '@threadline/headless';
import { useWidgetContext } from './useWidgetContext';
import { WidgetUnknown } from './WidgetUnknown';
import { widgetChildren } from './widgetProps';

/**
 * One node of a widget tree through the renderer for its `type`, its children first. A type
 * with no renderer shows a `WidgetUnknown` placeholder and then its children. Memoized on the
 * node: a streamed text update replaces only the nodes on its path, so the rest of the tree does
 * not re-render.
 */
export const WidgetNodeView = memo(function WidgetNodeView({ node }: { node: WidgetNode }) {
  const { itemId, components } = useWidgetContext();
  const children = widgetChildren(node).map((child, index) => <WidgetNodeView key={childKey(child, index)} node={child} />);
  const Component = Object.hasOwn(components, node.type) ? components[node.type] : undefined;
  if (!Component) return <WidgetUnknown type={node.type}>{children.length > 0 ? children : undefined}</WidgetUnknown>;
  return (
    <Component node={node} itemId={itemId}>
      {children.length > 0 ? children : undefined}
    </Component>
  );
});

function childKey(node: WidgetNode, index: number): string {
  if (typeof node.key === 'string') return `key:${node.key}`;
  if (typeof node.id === 'string') return `id:${node.id}`;
  return `index:${index}`;
}

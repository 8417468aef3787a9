import type { WidgetNode } from '@threadline/headless';
import type { WidgetComponentProps } from './useWidgetContext';
import { readWidgetAction } from './WidgetAction';
import { WidgetActionButton } from './WidgetButton';
import { layoutStyle, readText, readToken } from './widgetProps';

function layoutProps(node: WidgetNode, className: string) {
  return {
    className,
    'data-widget-type': node.type,
    'data-align': readToken(node, 'align'),
    'data-justify': readToken(node, 'justify'),
    style: layoutStyle(node),
  };
}

/** `Basic`, `Box`, `Row` and `Col`: a flex container (`data-widget-type` sets the direction). */
export function WidgetBox({ node, children }: WidgetComponentProps) {
  return <div {...layoutProps(node, 'tl-widget-box')}>{children}</div>;
}

/** `ListView`: a vertical list of `ListViewItem`s. */
export function WidgetListView({ node, children }: WidgetComponentProps) {
  return <div {...layoutProps(node, 'tl-widget-list')}>{children}</div>;
}

/** `ListViewItem`: one row of a `ListView`. */
export function WidgetListViewItem({ node, children }: WidgetComponentProps) {
  return <div {...layoutProps(node, 'tl-widget-list-item')}>{children}</div>;
}

/** `Spacer`: takes the free space in a row or column. */
export function WidgetSpacer() {
  return <div className="tl-widget-spacer" data-widget-type="Spacer" aria-hidden="true" />;
}

/** `Divider`: a horizontal rule. */
export function WidgetDivider() {
  return <hr className="tl-widget-divider" data-widget-type="Divider" />;
}

/**
 * `Card`: a bordered box with `data-size`, and its `confirm` and `cancel` actions (`{label, action}`)
 * as buttons at the bottom.
 */
export function WidgetCard({ node, itemId, children }: WidgetComponentProps) {
  const confirm = readCardAction(node.confirm);
  const cancel = readCardAction(node.cancel);
  return (
    <div {...layoutProps(node, 'tl-widget-card')} data-size={readToken(node, 'size')} data-status={readToken(node, 'status')}>
      {children}
      {confirm || cancel ? (
        <div className="tl-widget-card-actions">
          {cancel ? <WidgetActionButton className="tl-widget-button" variant="outline" label={cancel.label} action={cancel.action} itemId={itemId} /> : null}
          {confirm ? <WidgetActionButton className="tl-widget-button" variant="solid" label={confirm.label} action={confirm.action} itemId={itemId} /> : null}
        </div>
      ) : null}
    </div>
  );
}

function readCardAction(value: unknown) {
  if (typeof value !== 'object' || value === null) return null;
  const node = value as WidgetNode;
  const label = readText(node, 'label');
  return label ? { label, action: readWidgetAction(node.action) } : null;
}

/** `Transition`: animates its child's changes in ChatKit; here it renders the child as it is. */
export function WidgetTransition({ children }: WidgetComponentProps) {
  return <>{children}</>;
}

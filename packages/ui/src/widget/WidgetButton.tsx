import { useState } from 'react';
import type { WidgetComponentProps } from './useWidgetContext';
import { useWidgetContext } from './useWidgetContext';
import { readWidgetAction } from './WidgetAction';
import type { WidgetAction } from './WidgetAction';
import { readText, readToken } from './widgetProps';

/** Props of {@link WidgetActionButton}. */
export interface WidgetActionButtonProps {
  label: string;
  action: WidgetAction | null;
  itemId: string;
  className?: string;
  /** `data-variant` / `data-color` styling tokens. */
  variant?: string;
  color?: string;
  disabled?: boolean;
  /** `data-widget-type`, for a button that is a widget component itself. */
  widgetType?: string;
}

/**
 * A button that sends a widget action: enabled only for a server action (`handler` `server` or
 * absent) when a handler is given (`Thread.Root`'s `onWidgetAction` or `ThreadWidget`'s
 * `onAction`). `data-state="idle|loading|disabled"`: loading while a returned promise is pending.
 */
export function WidgetActionButton({ label, action, itemId, className, variant, color, disabled = false, widgetType }: WidgetActionButtonProps) {
  const { onAction } = useWidgetContext();
  const [pending, setPending] = useState(false);
  const server = action !== null && (action.handler === undefined || action.handler === 'server');
  const usable = server && onAction !== null && !disabled;
  const state = pending ? 'loading' : usable ? 'idle' : 'disabled';
  const click = () => {
    if (!usable || !action || !onAction) return;
    const result = onAction(action, itemId);
    if (result instanceof Promise) {
      setPending(true);
      result.catch(() => undefined).finally(() => setPending(false));
    }
  };
  return (
    <button
      type="button"
      className={className}
      data-widget-type={widgetType}
      data-state={state}
      data-variant={variant}
      data-color={color}
      data-action={action?.type}
      disabled={!usable || pending}
      aria-busy={pending || undefined}
      onClick={click}
    >
      {label}
    </button>
  );
}

/** The `Button` component: its `label`, and its `onClickAction` sent through the widget's handler. */
export function WidgetButton({ node, itemId }: WidgetComponentProps) {
  return (
    <WidgetActionButton
      className="tl-widget-button"
      widgetType="Button"
      label={readText(node, 'label') ?? ''}
      action={readWidgetAction(node.onClickAction)}
      itemId={itemId}
      variant={readToken(node, 'variant') ?? readToken(node, 'style')}
      color={readToken(node, 'color')}
      disabled={node.disabled === true}
    />
  );
}

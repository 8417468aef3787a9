import { forwardRef, memo, useContext, useMemo } from 'react';
import type { HTMLAttributes } from 'react';
import type { WidgetItem } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { defaultWidgetComponents } from '../widget/defaultWidgetComponents';
import { WidgetContext } from '../widget/useWidgetContext';
import type { WidgetComponents } from '../widget/useWidgetContext';
import type { WidgetActionHandler } from '../widget/WidgetAction';
import { WidgetNodeView } from '../widget/WidgetNodeView';
import { WidgetActionContext } from './useWidgetActionContext';

/** Props of {@link ThreadWidget}. */
export interface ThreadWidgetProps extends HTMLAttributes<HTMLDivElement> {
  item: WidgetItem;
  /**
   * Receives the widget's server actions (buttons' `onClickAction`, a card's confirm and cancel).
   * Defaults to `Thread.Root`'s `onWidgetAction`; without either, action buttons are disabled.
   */
  onAction?: WidgetActionHandler;
  /** Replaces or adds component renderers by type (see `defaultWidgetComponents`). */
  components?: WidgetComponents;
}

/**
 * The default widget of `Thread.Messages`: the server's component tree (ChatKit widgets) drawn
 * with safe renderers: layout as `div`s with `data-widget-type`, text as text, markdown through
 * `MarkdownText`, images from http(s) URLs only, an unknown type as a visible "Unsupported widget" placeholder followed by its children.
 * `data-state="in_progress|complete"`. Memoized on the item.
 */
export const ThreadWidget = memo(
  forwardRef<HTMLDivElement, ThreadWidgetProps>(function ThreadWidget({ item, onAction, components, className, ...props }, ref) {
    const fromRoot = useContext(WidgetActionContext);
    const handler = onAction ?? fromRoot;
    const context = useMemo(
      () => ({ itemId: item.id, components: components ? { ...defaultWidgetComponents, ...components } : defaultWidgetComponents, onAction: handler ?? null }),
      [item.id, components, handler],
    );
    return (
      <WidgetContext.Provider value={context}>
        <div ref={ref} className={joinClassNames('tl-widget', className)} data-state={item.status} aria-busy={item.status === 'in_progress' || undefined} {...props}>
          <WidgetNodeView node={item.root} />
        </div>
      </WidgetContext.Provider>
    );
  }),
);

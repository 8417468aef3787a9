import { MarkdownText } from '../markdown/MarkdownText';
import type { WidgetComponentProps } from './useWidgetContext';
import { readText, readToken } from './widgetProps';

// Each renders the node's text as text: a widget never injects markup.

/** The `Text` component: `value`, with `data-size`, `data-color`, `data-weight` and `data-state="streaming|complete"`. */
export function WidgetText({ node }: WidgetComponentProps) {
  return (
    <p
      className="tl-widget-text"
      data-widget-type="Text"
      data-size={readToken(node, 'size')}
      data-color={readToken(node, 'color')}
      data-weight={readToken(node, 'weight')}
      data-align={readToken(node, 'textAlign')}
      data-state={node.streaming === true ? 'streaming' : 'complete'}
    >
      {readText(node, 'value')}
    </p>
  );
}

/** The `Title` component: `value` as a heading-styled line. */
export function WidgetTitle({ node }: WidgetComponentProps) {
  return (
    <p className="tl-widget-title" data-widget-type="Title" data-size={readToken(node, 'size')} data-color={readToken(node, 'color')}>
      {readText(node, 'value')}
    </p>
  );
}

/** The `Caption` component: `value` in small, muted type. */
export function WidgetCaption({ node }: WidgetComponentProps) {
  return (
    <p className="tl-widget-caption" data-widget-type="Caption" data-size={readToken(node, 'size')} data-color={readToken(node, 'color')}>
      {readText(node, 'value')}
    </p>
  );
}

/** The `Label` component: `value` as a small field label. */
export function WidgetLabel({ node }: WidgetComponentProps) {
  return (
    <span className="tl-widget-label" data-widget-type="Label">
      {readText(node, 'value')}
    </span>
  );
}

/** The `Markdown` component: `value` through `MarkdownText` (raw HTML shown as text, links sanitized). */
export function WidgetMarkdown({ node }: WidgetComponentProps) {
  return <MarkdownText className="tl-widget-markdown" data-widget-type="Markdown" text={readText(node, 'value') ?? ''} streaming={node.streaming === true} />;
}

/** The `Badge` component: `label`, with `data-color` and `data-variant`. */
export function WidgetBadge({ node }: WidgetComponentProps) {
  return (
    <span className="tl-widget-badge" data-widget-type="Badge" data-color={readToken(node, 'color')} data-variant={readToken(node, 'variant')}>
      {readText(node, 'label') ?? readText(node, 'value')}
    </span>
  );
}

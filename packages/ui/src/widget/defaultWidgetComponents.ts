import { WidgetButton } from './WidgetButton';
import { WidgetImage } from './WidgetImage';
import { WidgetBox, WidgetCard, WidgetDivider, WidgetListView, WidgetListViewItem, WidgetSpacer } from './WidgetLayout';
import { WidgetBadge, WidgetCaption, WidgetLabel, WidgetMarkdown, WidgetText, WidgetTitle } from './WidgetText';
import type { WidgetComponents } from './useWidgetContext';

/**
 * The widget components `ThreadWidget` draws by default, keyed by ChatKit component type. A type
 * missing here renders its children (or nothing): never the server's markup.
 */
export const defaultWidgetComponents: WidgetComponents = {
  Card: WidgetCard,
  Box: WidgetBox,
  Row: WidgetBox,
  Col: WidgetBox,
  ListView: WidgetListView,
  ListViewItem: WidgetListViewItem,
  Spacer: WidgetSpacer,
  Divider: WidgetDivider,
  Text: WidgetText,
  Title: WidgetTitle,
  Caption: WidgetCaption,
  Label: WidgetLabel,
  Markdown: WidgetMarkdown,
  Badge: WidgetBadge,
  Image: WidgetImage,
  Button: WidgetButton,
};

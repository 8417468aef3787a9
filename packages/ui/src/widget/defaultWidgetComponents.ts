import { WidgetButton } from './WidgetButton';
import { WidgetChart } from './WidgetChart';
import { WidgetCheckbox, WidgetDatePicker, WidgetForm, WidgetInput, WidgetRadioGroup, WidgetSelect, WidgetTextarea } from './WidgetForm';
import { WidgetIcon } from './WidgetIcon';
import { WidgetImage } from './WidgetImage';
import { WidgetBox, WidgetCard, WidgetDivider, WidgetListView, WidgetListViewItem, WidgetSpacer, WidgetTransition } from './WidgetLayout';
import { WidgetBadge, WidgetCaption, WidgetLabel, WidgetMarkdown, WidgetText, WidgetTitle } from './WidgetText';
import type { WidgetComponents } from './useWidgetContext';

/**
 * The widget components `ThreadWidget` draws by default, keyed by ChatKit component type. A type
 * missing here shows an "Unsupported widget" placeholder and then its children: never the
 * server's markup.
 */
export const defaultWidgetComponents: WidgetComponents = {
  Card: WidgetCard,
  Basic: WidgetBox,
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
  Icon: WidgetIcon,
  Chart: WidgetChart,
  Transition: WidgetTransition,
  Form: WidgetForm,
  Input: WidgetInput,
  Textarea: WidgetTextarea,
  Select: WidgetSelect,
  Checkbox: WidgetCheckbox,
  RadioGroup: WidgetRadioGroup,
  DatePicker: WidgetDatePicker,
};

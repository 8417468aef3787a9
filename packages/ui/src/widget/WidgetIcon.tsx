import type { WidgetComponentProps } from './useWidgetContext';
import { readText, readToken } from './widgetProps';

// A few of ChatKit's icon names as text glyphs; any other name shows a dot. Decorative either way.
const glyphs: Readonly<Record<string, string>> = {
  check: '✓',
  'check-circle': '✓',
  'check-circle-filled': '✓',
  x: '✕',
  plus: '+',
  star: '★',
  'star-filled': '★',
  sparkle: '✦',
  bolt: '⚡',
  info: 'ℹ',
  'circle-question': '?',
  calendar: '📅',
  mail: '✉',
  phone: '☎',
  globe: '🌐',
  'map-pin': '📍',
  search: '⌕',
  lightbulb: '💡',
  document: '📄',
  chart: '📈',
  analytics: '📊',
  'chevron-left': '‹',
  'chevron-right': '›',
  'dots-horizontal': '…',
  user: '👤',
  profile: '👤',
};

/** The `Icon` component: a decorative glyph for its `name` (`data-icon`), hidden from screen readers. */
export function WidgetIcon({ node }: WidgetComponentProps) {
  const name = readText(node, 'name') ?? '';
  return (
    <span className="tl-widget-icon" data-widget-type="Icon" data-icon={readToken(node, 'name')} data-size={readToken(node, 'size')} data-color={readToken(node, 'color')} aria-hidden="true">
      {Object.hasOwn(glyphs, name) ? glyphs[name] : '•'}
    </span>
  );
}

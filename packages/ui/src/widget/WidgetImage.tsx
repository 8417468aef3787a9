import { sanitizeImageUrl } from '../url/sanitizeImageUrl';
import type { WidgetComponentProps } from './useWidgetContext';
import { readText, readToken } from './widgetProps';

/** The `Image` component: drawn only from an `http:` or `https:` URL; anything else renders nothing. */
export function WidgetImage({ node }: WidgetComponentProps) {
  const src = sanitizeImageUrl(readText(node, 'src'));
  if (!src) return null;
  return (
    <img
      className="tl-widget-image"
      data-widget-type="Image"
      data-size={readToken(node, 'size')}
      data-fit={readToken(node, 'fit')}
      src={src}
      alt={readText(node, 'alt') ?? ''}
      referrerPolicy="no-referrer"
      loading="lazy"
    />
  );
}

import { forwardRef } from 'react';
import type { ImgHTMLAttributes } from 'react';
import type { ImagePart } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { sanitizeImageUrl } from '../url/sanitizeImageUrl';
import { ImagePlaceholder } from './ImagePlaceholder';

/** Props of {@link MessageImage}. */
export interface MessageImageProps extends Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'part'> {
  part: ImagePart;
}

/**
 * An image part of a message: drawn from its URL when that is `http(s)` or an inline raster
 * `data:` image, sent with no referrer; otherwise (a file id only, or an unsafe URL) the
 * `ImagePlaceholder` naming the file.
 */
export const MessageImage = forwardRef<HTMLImageElement, MessageImageProps>(function MessageImage({ part, className, alt, ...props }, ref) {
  const src = sanitizeImageUrl(part.url, { allowDataImages: true });
  if (!src) return <ImagePlaceholder part={part} />;
  return (
    <img
      ref={ref}
      className={joinClassNames('tl-message-image', className)}
      src={src}
      alt={alt ?? (part.fileId ? `Image ${part.fileId}` : 'Image')}
      referrerPolicy="no-referrer"
      loading="lazy"
      {...props}
    />
  );
});

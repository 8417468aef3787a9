import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { ImagePart } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';

/** Props of {@link ImagePlaceholder}. */
export interface ImagePlaceholderProps extends Omit<HTMLAttributes<HTMLDivElement>, 'part'> {
  part: ImagePart;
}

/** Stands in for an image part until file downloads are supported: shows the file id. */
export const ImagePlaceholder = forwardRef<HTMLDivElement, ImagePlaceholderProps>(function ImagePlaceholder(
  { part, className, ...props },
  ref,
) {
  return (
    <div ref={ref} role="img" aria-label={`Image ${part.fileId}`} className={joinClassNames('tl-image-placeholder', className)} data-file-id={part.fileId} {...props}>
      Image {part.fileId}
    </div>
  );
});

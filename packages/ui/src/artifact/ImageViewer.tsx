import { forwardRef, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { sanitizeImageUrl } from '../url/sanitizeImageUrl';
import type { ImageArtifact } from './parseArtifact';

/** Props of {@link ImageViewer}. */
export interface ImageViewerProps extends HTMLAttributes<HTMLElement> {
  artifact: ImageArtifact;
}

type ImageState = 'loading' | 'ready' | 'error' | 'blocked';

/**
 * An image artifact as a `<figure>`: the image with its alt text and the title as the caption,
 * with `data-state="loading|ready|error|blocked"`. The URL is checked again here, so an artifact
 * built by hand with an unsafe URL shows a labelled placeholder (`blocked`), never that URL.
 */
export const ImageViewer = forwardRef<HTMLElement, ImageViewerProps>(function ImageViewer({ artifact, className, ...props }, ref) {
  const src = sanitizeImageUrl(artifact.url, { allowDataImages: true });
  // The load result belongs to one URL; a new URL starts loading again.
  const [loaded, setLoaded] = useState<{ src: string; state: 'ready' | 'error' } | null>(null);
  const state: ImageState = !src ? 'blocked' : loaded?.src === src ? loaded.state : 'loading';

  return (
    <figure ref={ref} className={joinClassNames('tl-artifact-image', className)} data-state={state} {...props}>
      {src ? (
        <img
          src={src}
          alt={artifact.alt}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onLoad={() => setLoaded({ src, state: 'ready' })}
          onError={() => setLoaded({ src, state: 'error' })}
        />
      ) : (
        <div className="tl-artifact-image-blocked" role="img" aria-label={`${artifact.alt} (not shown: unsupported image address)`}>
          Image not shown: unsupported address
        </div>
      )}
      {artifact.title ? <figcaption>{artifact.title}</figcaption> : null}
    </figure>
  );
});

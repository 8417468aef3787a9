import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { useArtifactContext } from './useArtifactContext';

/** Props of {@link ArtifactLoading}. */
export type ArtifactLoadingProps = HTMLAttributes<HTMLParagraphElement>;

/** Shown while the artifact loads (default text "Loading artifact…"); renders nothing otherwise. */
export const ArtifactLoading = forwardRef<HTMLParagraphElement, ArtifactLoadingProps>(function ArtifactLoading(
  { className, children, ...props },
  ref,
) {
  const { state } = useArtifactContext('Artifact.Loading');
  if (state !== 'loading') return null;
  return (
    <p ref={ref} className={joinClassNames('tl-artifact-loading', className)} {...props}>
      {children ?? 'Loading artifact…'}
    </p>
  );
});

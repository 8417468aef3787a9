import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useArtifactContext } from './useArtifactContext';

/** Props of {@link ArtifactLoading}. */
export interface ArtifactLoadingProps extends HTMLAttributes<HTMLParagraphElement> {
  /** Render the only child instead of a `p`, with these props merged in. */
  asChild?: boolean;
}

/** Shown while the artifact loads (default text "Loading artifact…"); renders nothing otherwise. */
export const ArtifactLoading = forwardRef<HTMLParagraphElement, ArtifactLoadingProps>(function ArtifactLoading(
  { asChild, className, children, ...props },
  ref,
) {
  const { state } = useArtifactContext('Artifact.Loading');
  if (state !== 'loading') return null;
  const Component = asChild ? Slot : 'p';
  return (
    <Component ref={ref} className={joinClassNames('tl-artifact-loading', className)} {...props}>
      {children ?? 'Loading artifact…'}
    </Component>
  );
});

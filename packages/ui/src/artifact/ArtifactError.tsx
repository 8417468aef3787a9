import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { ArtifactRetry } from './ArtifactRetry';
import { useArtifactContext } from './useArtifactContext';

/** Props of {@link ArtifactError}. */
export interface ArtifactErrorProps extends HTMLAttributes<HTMLDivElement> {
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/** Shown when the artifact could not be loaded: the reason and a retry button. Renders nothing otherwise. */
export const ArtifactError = forwardRef<HTMLDivElement, ArtifactErrorProps>(function ArtifactError(
  { asChild, className, children, ...props },
  ref,
) {
  const { state, error } = useArtifactContext('Artifact.Error');
  if (state !== 'error') return null;
  const Component = asChild ? Slot : 'div';
  return (
    <Component ref={ref} role="alert" className={joinClassNames('tl-artifact-error', className)} {...props}>
      {children ?? (
        <>
          <p className="tl-artifact-error-message">Could not load this artifact{error?.message ? `: ${error.message}` : '.'}</p>
          <ArtifactRetry />
        </>
      )}
    </Component>
  );
});

import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { ArtifactRetry } from './ArtifactRetry';
import { useArtifactContext } from './useArtifactContext';

/** Props of {@link ArtifactError}. */
export type ArtifactErrorProps = HTMLAttributes<HTMLDivElement>;

/** Shown when the artifact could not be loaded: the reason and a retry button. Renders nothing otherwise. */
export const ArtifactError = forwardRef<HTMLDivElement, ArtifactErrorProps>(function ArtifactError(
  { className, children, ...props },
  ref,
) {
  const { state, error } = useArtifactContext('Artifact.Error');
  if (state !== 'error') return null;
  return (
    <div ref={ref} role="alert" className={joinClassNames('tl-artifact-error', className)} {...props}>
      {children ?? (
        <>
          <p className="tl-artifact-error-message">Could not load this artifact{error?.message ? `: ${error.message}` : '.'}</p>
          <ArtifactRetry />
        </>
      )}
    </div>
  );
});

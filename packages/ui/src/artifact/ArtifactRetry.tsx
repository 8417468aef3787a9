import { forwardRef } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useArtifactContext } from './useArtifactContext';

/** Props of {@link ArtifactRetry}. */
export interface ArtifactRetryProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Render the only child instead of a `button`, with these props merged in. */
  asChild?: boolean;
}

/** A button that fetches the artifact again; disabled while it loads. */
export const ArtifactRetry = forwardRef<HTMLButtonElement, ArtifactRetryProps>(function ArtifactRetry(
  { asChild, className, children, onClick, ...props },
  ref,
) {
  const { state, retry } = useArtifactContext('Artifact.Retry');
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      ref={ref}
      type="button"
      className={joinClassNames('tl-artifact-retry', className)}
      disabled={state === 'loading'}
      {...props}
      onClick={composeHandlers(onClick, retry)}
    >
      {children ?? 'Retry'}
    </Component>
  );
});

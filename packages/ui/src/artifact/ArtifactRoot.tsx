import { forwardRef, useMemo } from 'react';
import type { HTMLAttributes } from 'react';
import { useArtifact } from '@threadline/headless/react';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useThreadScope } from '../thread/useThreadContext';
import { ArtifactError } from './ArtifactError';
import { ArtifactLoading } from './ArtifactLoading';
import { ArtifactViewer } from './ArtifactViewer';
import type { ArtifactViewerDefinition } from './ArtifactViewerDefinition';
import { parseArtifact } from './parseArtifact';
import { ArtifactContext } from './useArtifactContext';
import type { ArtifactContextValue, ArtifactState } from './useArtifactContext';
import { useArtifactViewers } from './useArtifactViewers';

/** Props of {@link ArtifactRoot}. */
export interface ArtifactRootProps extends HTMLAttributes<HTMLDivElement> {
  artifactId: string;
  /** Defaults to the thread of the enclosing `Thread.Root`. */
  threadId?: string;
  /** App viewers for this artifact, tried before those of an `ArtifactViewersProvider` and the built-in shapes. */
  viewers?: readonly ArtifactViewerDefinition[];
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/**
 * Fetches an artifact (with `useArtifact`, so the thread's stream must be open through
 * `useThreadStream`) and shows `data-state="loading|ready|error"` and, once ready, the chosen
 * viewer as `data-kind`: an app viewer's `name`, else `table|chart|text|image|json`.
 * Its default children are `Artifact.Loading`, `Artifact.Error` (with `Artifact.Retry`) and
 * `Artifact.Viewer`.
 */
export const ArtifactRoot = forwardRef<HTMLDivElement, ArtifactRootProps>(function ArtifactRoot(
  { artifactId, threadId: threadIdProp, viewers: ownViewers, asChild, className, children, ...props },
  ref,
) {
  const threadContext = useThreadScope();
  const threadId = threadIdProp ?? threadContext?.threadId;
  if (!threadId) throw new Error('Artifact.Root: pass `threadId` or render it inside <Thread.Root>.');
  const query = useArtifact(threadId, artifactId);
  const { data, error, isError, isFetching, refetch } = query;
  const value: unknown = data?.artifact;
  const artifact = useMemo(() => (data ? parseArtifact(data.artifact) : null), [data]);
  const { viewers: providedViewers } = useArtifactViewers();
  const viewer = useMemo(() => {
    if (!artifact) return null;
    return [...(ownViewers ?? []), ...providedViewers].find((candidate) => candidate.match(value, artifact)) ?? null;
  }, [artifact, value, ownViewers, providedViewers]);
  const state: ArtifactState = artifact ? 'ready' : isError && !isFetching ? 'error' : 'loading';
  const kind = viewer?.name ?? artifact?.type ?? null;

  const context = useMemo<ArtifactContextValue>(
    () => ({ threadId, artifactId, state, artifact, value, viewer, kind, error: error ?? null, retry: () => void refetch() }),
    [threadId, artifactId, state, artifact, value, viewer, kind, error, refetch],
  );
  const Component = asChild ? Slot : 'div';

  return (
    <ArtifactContext.Provider value={context}>
      <Component
        ref={ref}
        className={joinClassNames('tl-artifact', className)}
        data-state={state}
        data-kind={kind ?? undefined}
        aria-busy={state === 'loading' || undefined}
        {...props}
      >
        {children ?? (
          <>
            <ArtifactLoading />
            <ArtifactError />
            <ArtifactViewer />
          </>
        )}
      </Component>
    </ArtifactContext.Provider>
  );
});

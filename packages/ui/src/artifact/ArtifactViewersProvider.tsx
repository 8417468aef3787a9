import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { ArtifactViewerComponents } from './ArtifactViewer';
import type { ArtifactViewerDefinition } from './ArtifactViewerDefinition';
import { ArtifactViewersContext, useArtifactViewers } from './useArtifactViewers';

/** Props of {@link ArtifactViewersProvider}. */
export interface ArtifactViewersProviderProps {
  /** App viewers, tried in order before the built-in shapes. */
  viewers?: readonly ArtifactViewerDefinition[];
  /** Replaces built-in viewers by shape (`table`, `chart`, `text`, `image`, `json`). */
  components?: Partial<ArtifactViewerComponents>;
  children?: ReactNode;
}

/**
 * Registers artifact viewers for every `Artifact.Root` inside it, including the ones
 * `Message.Content` renders for artifact parts. Nested providers add to the outer ones: their
 * viewers are tried first and their components win.
 */
export function ArtifactViewersProvider({ viewers, components, children }: ArtifactViewersProviderProps) {
  const outer = useArtifactViewers();
  const value = useMemo(
    () => ({ viewers: [...(viewers ?? []), ...outer.viewers], components: { ...outer.components, ...components } }),
    [viewers, components, outer],
  );
  return <ArtifactViewersContext.Provider value={value}>{children}</ArtifactViewersContext.Provider>;
}

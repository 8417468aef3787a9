import { createContext, useContext } from 'react';
import type { ArtifactViewerComponents } from './ArtifactViewer';
import type { ArtifactViewerDefinition } from './ArtifactViewerDefinition';

/** The viewers registered by the enclosing `ArtifactViewersProvider`s, innermost first. */
export interface ArtifactViewersValue {
  viewers: readonly ArtifactViewerDefinition[];
  components: Partial<ArtifactViewerComponents>;
}

const none: ArtifactViewersValue = { viewers: [], components: {} };

/** @internal Provided by `ArtifactViewersProvider`. */
export const ArtifactViewersContext = createContext<ArtifactViewersValue>(none);

/** The app viewers and built-in overrides in scope (none outside a provider). */
export function useArtifactViewers(): ArtifactViewersValue {
  return useContext(ArtifactViewersContext);
}

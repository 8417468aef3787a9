import { createContext, useContext } from 'react';
import type { ArtifactViewerDefinition } from './ArtifactViewerDefinition';
import type { ParsedArtifact } from './parseArtifact';

/** Where an artifact's fetch stands. */
export type ArtifactState = 'loading' | 'ready' | 'error';

/** What `Artifact.Root` shares with the parts inside it. */
export interface ArtifactContextValue {
  threadId: string;
  artifactId: string;
  state: ArtifactState;
  /** The artifact read by shape, once loaded. */
  artifact: ParsedArtifact | null;
  /** The artifact as the server sent it, once loaded. */
  value: unknown;
  /** The registered app viewer that matched the artifact, if any. */
  viewer: ArtifactViewerDefinition | null;
  /** The chosen viewer's name (an app viewer's `name`, else the built-in shape), once loaded. */
  kind: string | null;
  error: Error | null;
  /** Fetches the artifact again. */
  retry(): void;
}

/** @internal Provided by `Artifact.Root`. */
export const ArtifactContext = createContext<ArtifactContextValue | null>(null);

/** The nearest `Artifact.Root`'s state, for custom artifact parts; `part` names the caller in the error thrown outside one. */
export function useArtifactContext(part: string): ArtifactContextValue {
  const context = useContext(ArtifactContext);
  if (!context) throw new Error(`${part} must be rendered inside <Artifact.Root>.`);
  return context;
}

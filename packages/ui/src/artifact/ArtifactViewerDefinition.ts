import type { ComponentType } from 'react';
import type { ParsedArtifact } from './parseArtifact';

/** Props an app's artifact viewer is rendered with. */
export interface ArtifactViewerComponentProps {
  /** The artifact object as the server sent it. */
  value: unknown;
  /** The built-in reading of `value` (`json` when it has no shape the kit knows). */
  artifact: ParsedArtifact;
}

/**
 * An app's own artifact viewer. Registered viewers are tried in order before the built-in
 * shapes; the first whose `match` returns true shows the artifact.
 */
export interface ArtifactViewerDefinition {
  /** Shown as `data-kind` on `Artifact.Root` when this viewer is chosen. */
  name: string;
  /** Whether this viewer shows the artifact, given the raw value and the built-in reading of it. */
  match(value: unknown, artifact: ParsedArtifact): boolean;
  component: ComponentType<ArtifactViewerComponentProps>;
}

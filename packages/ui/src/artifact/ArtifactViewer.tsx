import type { ComponentType } from 'react';
import { ChartViewer } from './ChartViewer';
import { ImageViewer } from './ImageViewer';
import { JsonViewer } from './JsonViewer';
import type { ChartArtifact, ImageArtifact, TableArtifact, TextArtifact } from './parseArtifact';
import { TableViewer } from './TableViewer';
import { TextViewer } from './TextViewer';
import { useArtifactContext } from './useArtifactContext';
import { useArtifactViewers } from './useArtifactViewers';

/** Built-in viewers by artifact shape. */
export interface ArtifactViewerComponents {
  table: ComponentType<{ artifact: TableArtifact }>;
  chart: ComponentType<{ artifact: ChartArtifact }>;
  text: ComponentType<{ artifact: TextArtifact }>;
  image: ComponentType<{ artifact: ImageArtifact }>;
  json: ComponentType<{ value: unknown }>;
}

/** Props of {@link ArtifactViewer}. */
export interface ArtifactViewerProps {
  /**
   * Replaces built-in viewers (`TableViewer`, `ChartViewer`, `TextViewer`, `ImageViewer`,
   * `JsonViewer`); wins over an `ArtifactViewersProvider`'s `components`.
   */
  components?: Partial<ArtifactViewerComponents>;
}

/**
 * The loaded artifact through the viewer `Artifact.Root` chose: a registered app viewer that
 * matched it, else the built-in viewer for its shape. Renders nothing until it is ready.
 */
export function ArtifactViewer({ components: ownComponents }: ArtifactViewerProps) {
  const { artifact, value, viewer } = useArtifactContext('Artifact.Viewer');
  const { components: providedComponents } = useArtifactViewers();
  if (!artifact) return null;
  if (viewer) {
    const AppViewer = viewer.component;
    return <AppViewer value={value} artifact={artifact} />;
  }
  const components = { ...providedComponents, ...ownComponents };
  switch (artifact.type) {
    case 'table': {
      const Table = components.table ?? TableViewer;
      return <Table artifact={artifact} />;
    }
    case 'chart': {
      const Chart = components.chart ?? ChartViewer;
      return <Chart artifact={artifact} />;
    }
    case 'text': {
      const Text = components.text ?? TextViewer;
      return <Text artifact={artifact} />;
    }
    case 'image': {
      const Image = components.image ?? ImageViewer;
      return <Image artifact={artifact} />;
    }
    case 'json': {
      const Json = components.json ?? JsonViewer;
      return <Json value={artifact.value} />;
    }
    default: {
      artifact satisfies never;
      return null;
    }
  }
}

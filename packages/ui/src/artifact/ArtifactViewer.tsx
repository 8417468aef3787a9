import type { ComponentType } from 'react';
import { ChartViewer } from './ChartViewer';
import { JsonViewer } from './JsonViewer';
import type { ChartArtifact, TableArtifact } from './parseArtifact';
import { TableViewer } from './TableViewer';
import { useArtifactContext } from './useArtifactContext';

/** Viewers by artifact shape. */
export interface ArtifactViewerComponents {
  table: ComponentType<{ artifact: TableArtifact }>;
  chart: ComponentType<{ artifact: ChartArtifact }>;
  json: ComponentType<{ value: unknown }>;
}

/** Props of {@link ArtifactViewer}. */
export interface ArtifactViewerProps {
  /** Replaces the default viewers: `TableViewer`, `ChartViewer`, `JsonViewer`. */
  components?: Partial<ArtifactViewerComponents>;
}

/** The loaded artifact through the viewer for its shape; renders nothing until it is ready. */
export function ArtifactViewer({ components }: ArtifactViewerProps) {
  const { artifact } = useArtifactContext('Artifact.Viewer');
  if (!artifact) return null;
  switch (artifact.type) {
    case 'table': {
      const Table = components?.table ?? TableViewer;
      return <Table artifact={artifact} />;
    }
    case 'chart': {
      const Chart = components?.chart ?? ChartViewer;
      return <Chart artifact={artifact} />;
    }
    case 'json': {
      const Json = components?.json ?? JsonViewer;
      return <Json value={artifact.value} />;
    }
    default: {
      artifact satisfies never;
      return null;
    }
  }
}

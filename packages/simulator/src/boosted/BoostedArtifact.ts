/** A column or axis: `key` indexes the row objects, `label` is for display. */
export interface BoostedArtifactField {
  key: string;
  label: string;
}

/** One row of a table or one point of a chart, keyed by the field keys. */
export type BoostedArtifactRow = Record<string, string | number>;

/**
 * A table artifact (the simulator's own shape: the vendor documents none).
 *
 * `{"type":"table","title":string,"columns":[{"key","label"}],"rows":[{<column key>: value}]}`
 */
export interface BoostedTableArtifact {
  type: 'table';
  title: string;
  columns: BoostedArtifactField[];
  rows: BoostedArtifactRow[];
}

/**
 * A chart artifact (the simulator's own shape: the vendor documents none).
 *
 * `{"type":"chart","title":string,"chart":"line"|"bar","x":{"key","label"},"series":[{"key","label"}],"data":[{<x key>: value, <series key>: number}]}`
 */
export interface BoostedChartArtifact {
  type: 'chart';
  title: string;
  chart: 'line' | 'bar';
  x: BoostedArtifactField;
  series: BoostedArtifactField[];
  data: BoostedArtifactRow[];
}

/**
 * A markdown text artifact (the simulator's own shape: the vendor documents none).
 *
 * `{"type":"markdown","title":string,"content":string}`
 */
export interface BoostedMarkdownArtifact {
  type: 'markdown';
  title: string;
  /** GitHub-flavoured markdown. */
  content: string;
}

/**
 * An image artifact (the simulator's own shape: the vendor documents none).
 *
 * `{"type":"image","title":string,"url":string,"alt"?:string}`
 */
export interface BoostedImageArtifact {
  type: 'image';
  title: string;
  /** An `http(s)` URL or a base64 raster `data:image/png|jpeg|gif|webp` URL. */
  url: string;
  /** What the image shows, for readers who cannot see it. */
  alt?: string;
}

/** Any value JSON can hold. */
export type BoostedJsonValue = string | number | boolean | null | BoostedJsonValue[] | { [key: string]: BoostedJsonValue };

/**
 * An artifact of a type clients have no viewer for, so they show it as data (the simulator's
 * own shape: the vendor documents none).
 *
 * `{"type":"json","title":string,"data":<any JSON value>}`
 */
export interface BoostedJsonArtifact {
  type: 'json';
  title: string;
  data: BoostedJsonValue;
}

/**
 * The `artifact` object of `GET /v2/threads/{thread_id}/artifacts/{artifact_id}`, which answers
 * `{"artifact_id": string, "artifact": BoostedArtifact}`.
 */
export type BoostedArtifact = BoostedTableArtifact | BoostedChartArtifact | BoostedMarkdownArtifact | BoostedImageArtifact | BoostedJsonArtifact;

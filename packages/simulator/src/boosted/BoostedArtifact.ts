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
 * The `artifact` object of `GET /v2/threads/{thread_id}/artifacts/{artifact_id}`, which answers
 * `{"artifact_id": string, "artifact": BoostedArtifact}`.
 */
export type BoostedArtifact = BoostedTableArtifact | BoostedChartArtifact;

import { formatArtifactValue } from './formatArtifactValue';
import type { ArtifactValue } from './parseArtifact';

/** An x-axis value as a label: numbers as written (a year is 2024, not 2,024), the rest as in a table. */
export function formatChartCategory(value: ArtifactValue | undefined): string {
  return typeof value === 'number' ? String(value) : formatArtifactValue(value);
}

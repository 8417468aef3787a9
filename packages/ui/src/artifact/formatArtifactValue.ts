import type { ArtifactValue } from './parseArtifact';

/** A cell value as text: numbers in the locale's format, booleans as Yes/No, empty as an em dash. */
export function formatArtifactValue(value: ArtifactValue | undefined, locale?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return value.toLocaleString(locale, { maximumFractionDigits: 6 });
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

import type { ArtifactValue } from './parseArtifact';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Orders two cell values in the given direction: numbers numerically, then text naturally
 * ("Q2" before "Q10"). Empty cells go last in both directions.
 */
export function compareArtifactValues(
  a: ArtifactValue | undefined,
  b: ArtifactValue | undefined,
  direction: 'ascending' | 'descending' = 'ascending',
): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  if (typeof a === 'number') return -sign;
  if (typeof b === 'number') return sign;
  return sign * collator.compare(String(a), String(b));
}

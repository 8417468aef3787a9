import type { ContentDigest, DigestKind } from './toContentDigest';
import { digestKinds } from './toContentDigest';

/** How the entries of one kind differ from the ones expected. */
export interface EntryDiff {
  /** Expected entries that are missing. */
  lost: string[];
  /** Entries shown more often than expected. */
  duplicated: string[];
  /** Entries that match none expected: changed on the way (a cut argument, a status left open). */
  altered: string[];
}

/** An {@link EntryDiff} per kind of content. */
export type DigestDiff = Record<DigestKind, EntryDiff>;

function subtract(a: readonly string[], b: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const entry of b) available.set(entry, (available.get(entry) ?? 0) + 1);
  return a.filter((entry) => {
    const left = available.get(entry) ?? 0;
    if (left === 0) return true;
    available.set(entry, left - 1);
    return false;
  });
}

/** Compares two digests as bags: order is not compared, counts are. */
export function diffDigests(expected: ContentDigest, actual: ContentDigest): DigestDiff {
  const diff = {} as DigestDiff;
  for (const kind of digestKinds) {
    const extra = subtract(actual[kind], expected[kind]);
    const known = new Set(expected[kind]);
    diff[kind] = {
      lost: subtract(expected[kind], actual[kind]),
      duplicated: extra.filter((entry) => known.has(entry)),
      altered: extra.filter((entry) => !known.has(entry)),
    };
  }
  return diff;
}

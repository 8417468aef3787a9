import { useState } from 'react';
import { splitMarkdownBlocks } from './splitMarkdownBlocks';
import type { MarkdownBlocks } from './splitMarkdownBlocks';

/**
 * The top-level blocks of `source`, re-split from the previous render's split so that a text
 * growing at its end parses only its last blocks again (see `splitMarkdownBlocks`).
 */
export function useMarkdownBlocks(source: string): readonly string[] {
  const [split, setSplit] = useState<MarkdownBlocks>(() => splitMarkdownBlocks(source));
  if (split.source === source) return split.blocks;
  // Derived state kept across renders: React re-runs this render with the new split at once.
  const next = splitMarkdownBlocks(source, split);
  setSplit(next);
  return next.blocks;
}

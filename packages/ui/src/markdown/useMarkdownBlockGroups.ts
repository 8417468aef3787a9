import { useState } from 'react';
import { groupMarkdownBlocks } from './groupMarkdownBlocks';
import { healLastBlock } from './healLastBlock';
import { splitMarkdownBlocks } from './splitMarkdownBlocks';
import type { MarkdownBlocks } from './splitMarkdownBlocks';

/**
 * The top-level blocks `MarkdownText` renders for `source`, in groups (see `groupMarkdownBlocks`).
 * Each render starts from the previous one's work: a text growing at its end parses only its last
 * blocks again (see `splitMarkdownBlocks`), only the last block is healed while `streaming` (see
 * `healLastBlock`), and every group but the last keeps its identity.
 */
export function useMarkdownBlockGroups(source: string, streaming: boolean): ReadonlyArray<readonly string[]> {
  const [cache] = useState(createBlockGroupsCache);
  return cache(source, streaming);
}

// A cache, not state: what it holds is right for its own inputs whichever render commits, so it
// is filled during render and never causes one.
function createBlockGroupsCache() {
  let split: MarkdownBlocks | undefined;
  let groups: ReadonlyArray<readonly string[]> | undefined;
  let lastStreaming = false;
  return (source: string, streaming: boolean): ReadonlyArray<readonly string[]> => {
    if (groups && split?.source === source && lastStreaming === streaming) return groups;
    if (split?.source !== source) split = splitMarkdownBlocks(source, split);
    groups = groupMarkdownBlocks(streaming ? healLastBlock(split.blocks) : split.blocks, groups);
    lastStreaming = streaming;
    return groups;
  };
}

/**
 * How many blocks a group holds. A settled group is skipped whole by React (one comparison) and,
 * out of sight, by the browser; the last group renders and lays out again every frame. In the
 * browser bench a frame cost about three quarters as much with 16 as with 32, and as much with 8
 * as with 16.
 */
export const markdownBlockGroupSize = 16;

/**
 * Cuts blocks into consecutive groups of `size` (the last may be shorter), so a renderer can
 * skip a whole group of settled blocks with one comparison instead of one per block. A group of
 * `previous` holding the same strings is returned as it was, keeping its identity: while a text
 * grows at its end only the last group is new.
 */
export function groupMarkdownBlocks(
  blocks: readonly string[],
  previous: ReadonlyArray<readonly string[]> = [],
  size = markdownBlockGroupSize,
): ReadonlyArray<readonly string[]> {
  const groups: Array<readonly string[]> = [];
  for (let start = 0; start < blocks.length; start += size) {
    const end = Math.min(start + size, blocks.length);
    const earlier = previous[groups.length];
    groups.push(earlier && holdsBlocks(earlier, blocks, start, end) ? earlier : blocks.slice(start, end));
  }
  return groups;
}

// Settled blocks keep their strings from split to split, so this compares references.
function holdsBlocks(group: readonly string[], blocks: readonly string[], start: number, end: number): boolean {
  if (group.length !== end - start) return false;
  for (let index = start; index < end; index += 1) if (group[index - start] !== blocks[index]) return false;
  return true;
}

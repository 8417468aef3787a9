import { healStreamingMarkdown } from './healStreamingMarkdown';

/**
 * The blocks of a streaming text (see `splitMarkdownBlocks`) with only the last, still open,
 * block healed (see `healStreamingMarkdown`). Every earlier block is complete, so only the last
 * can hold an unfinished form, and healing it alone costs as much as it is long, not as the whole
 * text. A last block that heals to nothing visible is left out, so the caret ends the one before.
 */
export function healLastBlock(blocks: readonly string[]): readonly string[] {
  const last = blocks.at(-1) ?? '';
  const settled = blocks.slice(0, -1);
  // Healed after a line break, as it is in the whole text: a lone "```" line after other
  // blocks is a closing fence still being written, not an empty code block.
  const healed = settled.length === 0 ? healStreamingMarkdown(last) : afterLineBreak(healStreamingMarkdown(`\n${last}`));
  if (healed === last) return blocks;
  if (settled.length > 0 && healed.trim() === '') return settled;
  settled.push(healed);
  return settled;
}

// Healing may trim the text back to nothing, line break included.
function afterLineBreak(healed: string): string {
  return healed.startsWith('\n') ? healed.slice(1) : '';
}

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

// Built once: parsing only reads them, and building them costs as much as parsing a short block,
// which a streaming message does each frame.
const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

/** The markdown's syntax tree (mdast) with GitHub's extensions, as `MarkdownText` reads the text. */
export function parseMarkdownTree(markdown: string): Root {
  return fromMarkdown(markdown, { extensions, mdastExtensions });
}

import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

// Built once: parsing only reads them, and building them costs as much as parsing a short block,
// which a streaming message does each frame.
const extensions = [gfm()];
const mdastExtensions = gfmFromMarkdown();
// The same without GFM's first extension, autolink literals (`www.`, `http://`, an email), whose
// transform walks every text of the tree. None can be there when the source has none of these,
// no character reference (`&#64;` is an `@`) and no escape (`http:\/\/` is `http://`): a
// streaming block parsed each frame then skips the walk.
const mdastExtensionsWithoutLiterals = mdastExtensions.slice(1);
const literalInSource = /[&@\\]|www\.|:\/\//i;

// The last few trees, by source. In a streaming frame `splitMarkdownBlocks` often parses the open
// block alone, and then the block renders from the same source. Long sources (a whole text split
// from scratch) are not kept: they are parsed once.
const recentTrees = new Map<string, Root>();
const recentTreeCount = 4;
const longestRecentSource = 10_000;

// Trees cut from a larger parse (see `seedMarkdownTrees`), until the next seeding.
let seededTrees = new Map<string, Root>();

/**
 * The markdown's syntax tree (mdast) with GitHub's extensions, as `MarkdownText` reads the text.
 * The same source may give the same tree to several callers: read it, never change it.
 */
export function parseMarkdownTree(markdown: string): Root {
  const recent = recentTrees.get(markdown) ?? seededTrees.get(markdown);
  if (recent) return recent;
  const tree = fromMarkdown(markdown, { extensions, mdastExtensions: literalInSource.test(markdown) ? mdastExtensions : mdastExtensionsWithoutLiterals });
  if (markdown.length <= longestRecentSource) {
    recentTrees.set(markdown, tree);
    if (recentTrees.size > recentTreeCount) recentTrees.delete(recentTrees.keys().next().value ?? '');
  }
  return tree;
}

/**
 * Gives `parseMarkdownTree` the trees of sources it has not parsed, each exactly what parsing its
 * source gives, until the next call: a split that parsed several blocks together hands each
 * block its part (see `cutMarkdownTree`), so a block that renders next does not parse it again.
 */
export function seedMarkdownTrees(trees: Iterable<readonly [source: string, tree: Root]>): void {
  seededTrees = new Map(trees);
}

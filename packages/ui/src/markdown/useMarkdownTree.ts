import { useState } from 'react';
import type { Root } from 'mdast';
import { parseMarkdownTree } from '../internal/parseMarkdownTree';
import { extendMarkdownTree } from './extendMarkdownTree';
import type { ParsedMarkdown } from './extendMarkdownTree';
import { extendTableOrList } from './extendTableOrList';

/**
 * The markdown tree of `source` (see `parseMarkdownTree`). A source that appends plain words to
 * the last one's last line extends its tree instead of parsing again (see `extendMarkdownTree`),
 * as most frames of a streaming block do; a table or a list that grows by rows or items parses
 * only its last ones (see `extendTableOrList`).
 */
export function useMarkdownTree(source: string): Root {
  const [cache] = useState(createMarkdownTreeCache);
  return cache(source);
}

// A cache, not state: the tree it holds is right for its own source whichever render commits.
function createMarkdownTreeCache() {
  let parsed: ParsedMarkdown | undefined;
  return (source: string): Root => {
    if (parsed?.source !== source) parsed = { source, tree: extendMarkdownTree(parsed, source) ?? extendTableOrList(parsed, source) ?? parseMarkdownTree(source) };
    return parsed.tree;
  };
}

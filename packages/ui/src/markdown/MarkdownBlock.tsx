import { memo } from 'react';
import type { Components } from 'react-markdown';
import { renderMarkdownTree } from './renderMarkdownTree';
import type { HastTransform } from './toMarkdownHast';
import { useMarkdownTree } from './useMarkdownTree';

/** Props of {@link MarkdownBlock}. */
export interface MarkdownBlockProps {
  /** The block's markdown source. */
  source: string;
  /** The steps over the block's HTML tree before it renders (see `toMarkdownHast`). */
  transforms: readonly HastTransform[];
  /** The element renderers, given the props and `node` react-markdown gives them. */
  components: Components;
}

/**
 * @internal One top-level block of a `MarkdownText`, rendered as react-markdown with remark-gfm
 * renders it (see `renderMarkdownTree`). It renders again only when its source, transforms or
 * components change, and a source that appends plain words to the last one is not parsed again
 * (see `useMarkdownTree`).
 */
export const MarkdownBlock = memo(function MarkdownBlock({ source, transforms, components }: MarkdownBlockProps) {
  return renderMarkdownTree(useMarkdownTree(source), transforms, components);
});

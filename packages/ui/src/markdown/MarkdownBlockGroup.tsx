import { Fragment, memo } from 'react';
import type { Components } from 'react-markdown';
import { MarkdownBlock } from './MarkdownBlock';
import type { HastTransform } from './toMarkdownHast';

/** Props of {@link MarkdownBlockGroup}. */
export interface MarkdownBlockGroupProps {
  /** The group's top-level block sources (see `groupMarkdownBlocks`). */
  blocks: readonly string[];
  /** Whether the group opens the text; every other block is preceded by a newline. */
  first: boolean;
  /** The steps over the HTML tree of every block (see `toMarkdownHast`). */
  transforms: readonly HastTransform[];
  /** The steps over the HTML tree of the group's last block when it ends the text (the caret's); absent for other groups. */
  lastTransforms?: readonly HastTransform[];
  /** The element renderers of every block. */
  components: Components;
}

/**
 * @internal A run of top-level blocks of a `MarkdownText`, in a `.tl-markdown-group` element (with
 * `.tl-markdown-group-first` when it opens the text). A settled group keeps its array and props
 * from frame to frame, so React skips it whole; within the open group only the blocks whose source
 * changed render again. The element lets the browser skip a settled group too (the default styles
 * give every group but the last `content-visibility: auto`).
 */
export const MarkdownBlockGroup = memo(function MarkdownBlockGroup({ blocks, first, transforms, lastTransforms, components }: MarkdownBlockGroupProps) {
  return (
    // A class, not `:first-child`: a rule with it above the block would be checked again in every
    // message each time a message is added (Chromium restyled a 1,000-message thread at each send).
    <div className={first ? 'tl-markdown-group tl-markdown-group-first' : 'tl-markdown-group'}>
      {blocks.map((block, index) => (
        <Fragment key={index}>
          {/* The newline react-markdown puts between top-level blocks of one document. */}
          {first && index === 0 ? null : '\n'}
          <MarkdownBlock source={block} transforms={lastTransforms && index === blocks.length - 1 ? lastTransforms : transforms} components={components} />
        </Fragment>
      ))}
    </div>
  );
});

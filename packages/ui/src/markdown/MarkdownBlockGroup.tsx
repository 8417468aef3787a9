import { Fragment, memo } from 'react';
import Markdown from 'react-markdown';
import type { Components, Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { sanitizeUrl } from '../url/sanitizeUrl';

/** Props of {@link MarkdownBlockGroup}. */
export interface MarkdownBlockGroupProps {
  /** The group's top-level block sources (see `groupMarkdownBlocks`). */
  blocks: readonly string[];
  /** Whether the group opens the text; every other block is preceded by a newline. */
  first: boolean;
  /** The rehype plugins of every block. */
  rehypePlugins: Options['rehypePlugins'];
  /** The rehype plugins of the group's last block when it ends the text (the caret's); absent for other groups. */
  lastRehypePlugins?: Options['rehypePlugins'];
  /** The element renderers of every block. */
  components: Components;
}

const remarkPlugins = [remarkGfm];

function urlTransform(url: string): string | null {
  return sanitizeUrl(url);
}

/**
 * @internal A run of top-level blocks of a `MarkdownText`. A settled group keeps its array and
 * props from frame to frame, so React skips it whole; within the open group only the blocks whose
 * source changed render again.
 */
export const MarkdownBlockGroup = memo(function MarkdownBlockGroup({ blocks, first, rehypePlugins, lastRehypePlugins, components }: MarkdownBlockGroupProps) {
  return blocks.map((block, index) => (
    <Fragment key={index}>
      {/* The newline react-markdown puts between top-level blocks of one document. */}
      {first && index === 0 ? null : '\n'}
      <MarkdownBlock rehypePlugins={lastRehypePlugins && index === blocks.length - 1 ? lastRehypePlugins : rehypePlugins} components={components}>
        {block}
      </MarkdownBlock>
    </Fragment>
  ));
});

/** One top-level block: it parses and renders again only when its source, plugins or components change. */
const MarkdownBlock = memo(function MarkdownBlock({ children, rehypePlugins, components }: Pick<Options, 'children' | 'rehypePlugins' | 'components'>) {
  return (
    <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} urlTransform={urlTransform} components={components}>
      {children}
    </Markdown>
  );
});

import { forwardRef, memo } from 'react';
import type { AnchorHTMLAttributes, HTMLAttributes, ImgHTMLAttributes } from 'react';
import Markdown from 'react-markdown';
import type { Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { joinClassNames } from '../internal/joinClassNames';
import { sanitizeUrl } from '../url/sanitizeUrl';
import { rehypeCaret } from './rehypeCaret';

/** Props of {@link MarkdownText}. */
export interface MarkdownTextProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The markdown source. */
  text: string;
  /** Shows a caret at the end of the text and `data-state="streaming"` (else `complete`). */
  streaming?: boolean;
  /** Overrides for react-markdown's element renderers (`a`, `code`, `table`...). */
  components?: Components;
}

const remarkPlugins = [remarkGfm];
const streamingRehypePlugins = [rehypeCaret];
const noRehypePlugins: [] = [];

function urlTransform(url: string): string | null {
  return sanitizeUrl(url);
}

function Link({ node: _node, href, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { node?: unknown }) {
  if (!href) return <span className="tl-markdown-link-removed">{children}</span>;
  return (
    <a {...props} href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

// Remote images in model output can leak data through their URLs, so they are shown as links.
function Image({ src, alt }: ImgHTMLAttributes<HTMLImageElement> & { node?: unknown }) {
  const label = alt || 'image';
  if (typeof src !== 'string' || !src) return <span className="tl-markdown-image">[{label}]</span>;
  return (
    <a className="tl-markdown-image" href={src} target="_blank" rel="noreferrer noopener">
      [{label}]
    </a>
  );
}

const defaultComponents: Components = { a: Link, img: Image };

/**
 * Renders markdown with GitHub extensions (tables, strikethrough, task lists, autolinks).
 * Raw HTML in the source is shown as text, never rendered; links and images keep only
 * `http:`, `https:` and `mailto:` URLs and open in a new tab with `rel="noreferrer noopener"`.
 * Memoized: it re-renders only when its text, state or overrides change.
 */
export const MarkdownText = memo(
  forwardRef<HTMLDivElement, MarkdownTextProps>(function MarkdownText(
    { text, streaming = false, components, className, ...props },
    ref,
  ) {
    return (
      <div ref={ref} className={joinClassNames('tl-markdown', className)} data-state={streaming ? 'streaming' : 'complete'} {...props}>
        <Markdown
          remarkPlugins={remarkPlugins}
          rehypePlugins={streaming ? streamingRehypePlugins : noRehypePlugins}
          urlTransform={urlTransform}
          components={components ? { ...defaultComponents, ...components } : defaultComponents}
        >
          {text}
        </Markdown>
      </div>
    );
  }),
);

import { forwardRef, Fragment, memo, useMemo } from 'react';
import type { AnchorHTMLAttributes, ComponentType, HTMLAttributes, ImgHTMLAttributes } from 'react';
import Markdown from 'react-markdown';
import type { Components, ExtraProps, Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { Citation } from '@threadline/headless';
import { CitationMarker } from '../citation/CitationMarker';
import type { CitationMarkerProps } from '../citation/CitationMarker';
import { joinClassNames } from '../internal/joinClassNames';
import { sanitizeUrl } from '../url/sanitizeUrl';
import { CodeBlock } from './CodeBlock';
import { healStreamingMarkdown } from './healStreamingMarkdown';
import { MarkdownSpan } from './MarkdownSpan';
import { rehypeCaret } from './rehypeCaret';
import { rehypeCitationMarkers } from './rehypeCitationMarkers';
import { useMarkdownBlocks } from './useMarkdownBlocks';
import { MarkdownCitationsContext } from './useMarkdownCitations';
import type { MarkdownCitationsValue } from './useMarkdownCitations';

/** Props of {@link MarkdownText}. */
export interface MarkdownTextProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The markdown source. */
  text: string;
  /**
   * Shows a caret at the end of the text and `data-state="streaming"` (else `complete`), and
   * renders the partial text as the form it is heading for (see `healStreamingMarkdown`).
   */
  streaming?: boolean;
  /** Overrides for react-markdown's element renderers (`a`, `code`, `pre`, `table`...). */
  components?: Components;
  /**
   * The citations that placeholder characters in `text` stand for (see `citationPlaceholder`):
   * each placeholder renders as `citationMarker` for the citation at its index. Placeholders in
   * code or in URLs are dropped. Without this prop placeholders are left alone.
   */
  citations?: readonly Citation[];
  /** Renders one inline citation marker (default `CitationMarker`: a numbered chip with its details). */
  citationMarker?: ComponentType<CitationMarkerProps>;
}

const remarkPlugins = [remarkGfm];
const noRehypePlugins: [] = [];
const streamingRehypePlugins = [rehypeCaret];
const citationRehypePlugins = [rehypeCitationMarkers];
// The caret goes in first, while markers are still text, so it never lands inside a marker.
const streamingCitationRehypePlugins = [rehypeCaret, rehypeCitationMarkers];

function rehypePluginsFor(streaming: boolean, withCitations: boolean) {
  if (withCitations) return streaming ? streamingCitationRehypePlugins : citationRehypePlugins;
  return streaming ? streamingRehypePlugins : noRehypePlugins;
}

function urlTransform(url: string): string | null {
  return sanitizeUrl(url);
}

function Link({ node: _node, href, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & ExtraProps) {
  if (!href) return <span className="tl-markdown-link-removed">{children}</span>;
  return (
    <a {...props} href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

// Remote images in model output can leak data through their URLs, so they are shown as links.
function Image({ src, alt }: ImgHTMLAttributes<HTMLImageElement> & ExtraProps) {
  const label = alt || 'image';
  if (typeof src !== 'string' || !src) return <span className="tl-markdown-image">[{label}]</span>;
  return (
    <a className="tl-markdown-image" href={src} target="_blank" rel="noreferrer noopener">
      [{label}]
    </a>
  );
}

function Pre({ node, children }: HTMLAttributes<HTMLPreElement> & ExtraProps) {
  const code = node?.children.find((child) => child.type === 'element' && child.tagName === 'code');
  const classNames = code?.type === 'element' ? code.properties.className : undefined;
  const languageClass = Array.isArray(classNames) ? classNames.find((name) => String(name).startsWith('language-')) : undefined;
  const language = languageClass === undefined ? null : String(languageClass).slice('language-'.length);
  return (
    <CodeBlock code={textOf(code).replace(/\n$/, '')} language={language}>
      {children}
    </CodeBlock>
  );
}

interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

function textOf(node: TextNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const defaultComponents: Components = { a: Link, img: Image, pre: Pre };

/**
 * Renders markdown with GitHub extensions (tables, strikethrough, task lists, autolinks).
 * Raw HTML in the source is shown as text, never rendered; links and images keep only
 * `http:`, `https:` and `mailto:` URLs and open in a new tab with `rel="noreferrer noopener"`.
 * Fenced code renders as a `CodeBlock` with its language and a copy button. With `citations`,
 * placeholder characters become inline citation markers.
 * Memoized: it re-renders only when its text, state, citations or overrides change, and then
 * only the top-level blocks whose source changed (see `splitMarkdownBlocks`).
 */
export const MarkdownText = memo(
  forwardRef<HTMLDivElement, MarkdownTextProps>(function MarkdownText(
    { text, streaming = false, components, citations, citationMarker = CitationMarker, className, ...props },
    ref,
  ) {
    const merged = useMemo<Components>(() => {
      const all = components ? { ...defaultComponents, ...components } : defaultComponents;
      return citations ? { ...all, span: MarkdownSpan } : all;
    }, [components, citations]);
    const citationContext = useMemo<MarkdownCitationsValue | null>(
      () => (citations ? { citations, marker: citationMarker, span: components?.span ?? 'span' } : null),
      [citations, citationMarker, components],
    );
    const blocks = useMarkdownBlocks(streaming ? healStreamingMarkdown(text) : text);
    const settledPlugins = rehypePluginsFor(false, citations !== undefined);
    const lastPlugins = rehypePluginsFor(streaming, citations !== undefined);

    return (
      <div ref={ref} className={joinClassNames('tl-markdown', className)} data-state={streaming ? 'streaming' : 'complete'} {...props}>
        <MarkdownCitationsContext.Provider value={citationContext}>
          {blocks.map((block, index) => (
            <Fragment key={index}>
              {/* The newline react-markdown puts between top-level blocks of one document. */}
              {index > 0 ? '\n' : null}
              <MarkdownBlock rehypePlugins={index === blocks.length - 1 ? lastPlugins : settledPlugins} components={merged}>
                {block}
              </MarkdownBlock>
            </Fragment>
          ))}
        </MarkdownCitationsContext.Provider>
      </div>
    );
  }),
);

/**
 * One top-level block. Settled blocks keep their source, plugins and components from frame to
 * frame, so while a message streams only its last block parses and renders again.
 */
const MarkdownBlock = memo(function MarkdownBlock({ children, rehypePlugins, components }: Pick<Options, 'children' | 'rehypePlugins' | 'components'>) {
  return (
    <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} urlTransform={urlTransform} components={components}>
      {children}
    </Markdown>
  );
});

import { forwardRef, memo, useMemo } from 'react';
import type { AnchorHTMLAttributes, ComponentType, HTMLAttributes, ImgHTMLAttributes } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
import type { Citation } from '@threadline/headless';
import { CitationMarker } from '../citation/CitationMarker';
import type { CitationMarkerProps } from '../citation/CitationMarker';
import { joinClassNames } from '../internal/joinClassNames';
import { useProvidedSource } from '../internal/useValueSource';
import { CodeBlock } from './CodeBlock';
import { MarkdownBlockGroup } from './MarkdownBlockGroup';
import { MarkdownSpan } from './MarkdownSpan';
import { rehypeCaret } from './rehypeCaret';
import { rehypeCitationMarkers } from './rehypeCitationMarkers';
import type { HastTransform } from './toMarkdownHast';
import { useMarkdownBlockGroups } from './useMarkdownBlockGroups';
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

const caret: HastTransform = rehypeCaret();
const citationMarkers: HastTransform = rehypeCitationMarkers();
const noTransforms: readonly HastTransform[] = [];
const streamingTransforms = [caret];
const citationTransforms = [citationMarkers];
// The caret goes in first, while markers are still text, so it never lands inside a marker.
const streamingCitationTransforms = [caret, citationMarkers];

function transformsFor(streaming: boolean, withCitations: boolean): readonly HastTransform[] {
  if (withCitations) return streaming ? streamingCitationTransforms : citationTransforms;
  return streaming ? streamingTransforms : noTransforms;
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
const noCitations: readonly Citation[] = [];

/**
 * Renders markdown with GitHub extensions (tables, strikethrough, task lists, autolinks).
 * Raw HTML in the source is shown as text, never rendered; links and images keep only
 * `http:`, `https:` and `mailto:` URLs and open in a new tab with `rel="noreferrer noopener"`.
 * Fenced code renders as a `CodeBlock` with its language and a copy button. With `citations`,
 * placeholder characters become inline citation markers.
 * Memoized: it re-renders only when its text, state, citations or overrides change, and then
 * only the top-level blocks whose source changed (see `splitMarkdownBlocks`); while it streams,
 * a render costs as much as its last block, not as the whole text.
 */
export const MarkdownText = memo(
  forwardRef<HTMLDivElement, MarkdownTextProps>(function MarkdownText(
    { text, streaming = false, components, citations, citationMarker = CitationMarker, className, ...props },
    ref,
  ) {
    const withCitations = citations !== undefined;
    // Keyed on whether there are citations, not on the list: a citation arriving must not make
    // every settled block render again. The markers read the list from a source.
    const merged = useMemo<Components>(() => {
      const all = components ? { ...defaultComponents, ...components } : defaultComponents;
      return withCitations ? { ...all, span: MarkdownSpan } : all;
    }, [components, withCitations]);
    const citationsSource = useProvidedSource(citations ?? noCitations);
    const citationContext = useMemo<MarkdownCitationsValue | null>(
      () => (withCitations ? { citations: citationsSource, marker: citationMarker, span: components?.span ?? 'span' } : null),
      [withCitations, citationsSource, citationMarker, components],
    );
    const groups = useMarkdownBlockGroups(text, streaming);
    const settledTransforms = transformsFor(false, withCitations);
    const lastTransforms = transformsFor(streaming, withCitations);

    return (
      <div ref={ref} className={joinClassNames('tl-markdown', className)} data-state={streaming ? 'streaming' : 'complete'} {...props}>
        <MarkdownCitationsContext.Provider value={citationContext}>
          {groups.map((group, index) => (
            <MarkdownBlockGroup
              key={index}
              blocks={group}
              first={index === 0}
              transforms={settledTransforms}
              lastTransforms={index === groups.length - 1 ? lastTransforms : undefined}
              components={merged}
            />
          ))}
        </MarkdownCitationsContext.Provider>
      </div>
    );
  }),
);

import type { HTMLAttributes } from 'react';
import type { ExtraProps } from 'react-markdown';
import { useMarkdownCitation, useMarkdownCitations } from './useMarkdownCitations';
import type { MarkdownCitationsValue } from './useMarkdownCitations';

/**
 * @internal The `span` renderer of a `MarkdownText` with citations: a marker element from
 * `rehypeCitationMarkers` becomes the citation marker component (nothing when no citation has
 * its index); any other span renders as usual.
 */
export function MarkdownSpan(props: HTMLAttributes<HTMLSpanElement> & ExtraProps) {
  const context = useMarkdownCitations();
  const index = props.node?.properties?.dataCitationIndex;
  if (typeof index !== 'number') {
    const Span = context?.span ?? 'span';
    const { node: _node, ...spanProps } = props;
    return <Span {...(typeof Span === 'string' ? spanProps : props)} />;
  }
  return context ? <CitationMarkerSpan context={context} index={index} /> : null;
}

function CitationMarkerSpan({ context, index }: { context: MarkdownCitationsValue; index: number }) {
  const citation = useMarkdownCitation(context.citations, index);
  if (!citation) return null;
  const Marker = context.marker;
  return <Marker citation={citation} number={index + 1} />;
}

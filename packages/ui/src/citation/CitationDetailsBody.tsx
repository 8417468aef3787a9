import type { Citation } from '@threadline/headless';
import { sanitizeUrl } from '../url/sanitizeUrl';
import { citationFields } from './citationFields';
import { splitHighlights } from './splitHighlights';

/** Props of {@link CitationDetailsBody}. */
export interface CitationDetailsBodyProps {
  citation: Citation;
  locale?: string;
  linkLabel: string;
  /** Only phrasing elements (`span`s with the same classes), for a panel inside a paragraph. */
  inline?: boolean;
}

/**
 * @internal The default content of a citation's details: title, the snippet with its highlights
 * as `<mark>`, the type-specific fields and a link to the source when its URL is safe.
 */
export function CitationDetailsBody({ citation, locale, linkLabel, inline = false }: CitationDetailsBodyProps) {
  const href = sanitizeUrl(citation.url);
  const fields = citationFields(citation, locale);
  const Title = inline ? 'span' : 'p';
  const Snippet = inline ? 'span' : 'blockquote';
  const Fields = inline ? 'span' : 'dl';
  const Field = inline ? 'span' : 'div';
  const Label = inline ? 'span' : 'dt';
  const Value = inline ? 'span' : 'dd';
  return (
    <>
      {citation.title ? <Title className="tl-citation-details-title">{citation.title}</Title> : null}
      {citation.snippet ? (
        <Snippet className="tl-citation-snippet">
          {splitHighlights(citation.snippet, citation.highlights).map((segment, index) =>
            segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
          )}
        </Snippet>
      ) : null}
      {fields.length > 0 ? (
        <Fields className="tl-citation-fields">
          {fields.map((field) => (
            <Field key={field.key} className="tl-citation-field" data-field={field.key}>
              <Label className="tl-citation-field-label">{field.label}</Label>
              <Value className="tl-citation-field-value">{field.code ? <code>{field.value}</code> : field.value}</Value>
            </Field>
          ))}
        </Fields>
      ) : null}
      {href ? (
        <a className="tl-citation-link" href={href} target="_blank" rel="noreferrer noopener">
          {linkLabel}
        </a>
      ) : null}
    </>
  );
}

import { forwardRef, memo } from 'react';
import type { HTMLAttributes } from 'react';
import type { Citation } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { citationLabel } from './citationLabel';
import { CitationChip } from './CitationChip';
import { CitationDetails } from './CitationDetails';
import { CitationDetailsBody } from './CitationDetailsBody';
import { CitationRoot } from './CitationRoot';

/** Props of {@link CitationMarker}, and of any replacement for it. */
export interface CitationMarkerProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  citation: Citation;
  /** The citation's index in `message.citations` plus one: the number the sources list shows. */
  number: number;
  /** Locale for dates and counts in the details; the user's by default. */
  locale?: string;
  /** Text of the link to the source (default "Open source"). */
  linkLabel?: string;
}

/**
 * A citation marker inside the text: a `span.tl-citation-marker` holding a numbered
 * `Citation.Chip` (a button, so it is reachable with Tab) and its `Citation.Details` as a popover.
 * It holds only phrasing elements, so it may sit inside a paragraph, a heading or a table cell.
 */
export const CitationMarker = memo(
  forwardRef<HTMLSpanElement, CitationMarkerProps>(function CitationMarker(
    { citation, number, locale, linkLabel = 'Open source', className, ...props },
    ref,
  ) {
    const label = citationLabel(citation, { locale });
    return (
      <CitationRoot citation={citation} asChild>
        <span ref={ref} className={joinClassNames('tl-citation-marker', className)} data-number={number} {...props}>
          <CitationChip locale={locale} aria-label={`Source ${number}: ${label.primary}`}>
            {number}
          </CitationChip>
          <CitationDetails asChild>
            <span>
              <CitationDetailsBody citation={citation} locale={locale} linkLabel={linkLabel} inline />
            </span>
          </CitationDetails>
        </span>
      </CitationRoot>
    );
  }),
);

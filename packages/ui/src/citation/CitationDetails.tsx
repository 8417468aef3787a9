import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useComposedRef } from '../internal/useComposedRef';
import { CitationDetailsBody } from './CitationDetailsBody';
import { useCitationContext } from './useCitationContext';

/** Props of {@link CitationDetails}. */
export interface CitationDetailsProps extends HTMLAttributes<HTMLDivElement> {
  /** Locale for dates; the user's by default. */
  locale?: string;
  /** Text of the link to the source (default "Open source"). */
  linkLabel?: string;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/**
 * The citation's details, hidden until its chip is pressed: title, the snippet with its
 * highlights as `<mark>`, the type-specific fields (formula, time range, periodicity...) and a
 * link to the source when its URL is safe. Escape closes it. Pass children to replace the body.
 */
export const CitationDetails = forwardRef<HTMLDivElement, CitationDetailsProps>(function CitationDetails(
  { locale, linkLabel = 'Open source', asChild, className, children, onKeyDown, ...props },
  forwardedRef,
) {
  const { citation, disclosure } = useCitationContext('Citation.Details');
  const { ref: behaviourRef, onKeyDown: closeOnEscape, ...behaviour } = disclosure.detailsProps;
  const ref = useComposedRef(forwardedRef, behaviourRef);
  const Component = asChild ? Slot : 'div';

  return (
    <Component
      ref={ref}
      className={joinClassNames('tl-citation-details', className)}
      data-type={citation.type}
      {...behaviour}
      {...props}
      onKeyDown={composeHandlers(onKeyDown, closeOnEscape)}
    >
      {children ?? <CitationDetailsBody citation={citation} locale={locale} linkLabel={linkLabel} />}
    </Component>
  );
});

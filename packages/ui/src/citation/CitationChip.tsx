import { forwardRef } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import { composeHandlers } from '../internal/composeHandlers';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { useComposedRef } from '../internal/useComposedRef';
import { citationLabel } from './citationLabel';
import { useCitationContext } from './useCitationContext';

/** Props of {@link CitationChip}. */
export interface CitationChipProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Locale for the dates and counts in the label; the user's by default. */
  locale?: string;
  /**
   * The citation's number in its message (its index in `message.citations` plus one, as on its
   * inline markers), shown before the label as `.tl-citation-chip-number`.
   */
  number?: number;
  /** Render the only child instead of a `button`, with these props merged in. */
  asChild?: boolean;
}

/**
 * The citation's button: its number when given, a per-type label (see `citationLabel`),
 * `data-type`, and `aria-expanded` for its details. Pass children to replace the content.
 */
export const CitationChip = forwardRef<HTMLButtonElement, CitationChipProps>(function CitationChip(
  { locale, number, asChild, className, children, onClick, onKeyDown, ...props },
  forwardedRef,
) {
  const { citation, disclosure } = useCitationContext('Citation.Chip');
  const { ref: behaviourRef, onClick: toggle, onKeyDown: closeOnEscape, ...behaviour } = disclosure.chipProps;
  const ref = useComposedRef(forwardedRef, behaviourRef);
  const label = citationLabel(citation, { locale });
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      ref={ref}
      className={joinClassNames('tl-citation-chip', className)}
      data-type={citation.type}
      title={label.secondary ? `${label.primary}: ${label.secondary}` : label.primary}
      {...behaviour}
      {...props}
      onClick={composeHandlers(onClick, toggle)}
      onKeyDown={composeHandlers(onKeyDown, closeOnEscape)}
    >
      {children ?? (
        <>
          {number === undefined ? null : <span className="tl-citation-chip-number">{number}</span>}
          <span className="tl-citation-chip-primary">{label.primary}</span>
          {label.secondary ? <span className="tl-citation-chip-secondary">{label.secondary}</span> : null}
        </>
      )}
    </Component>
  );
});

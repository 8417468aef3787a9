import { forwardRef, memo } from 'react';
import type { Citation } from '@threadline/headless';
import { CitationChip } from './CitationChip';
import { CitationDetails } from './CitationDetails';
import { CitationRoot } from './CitationRoot';
import type { CitationRootProps } from './CitationRoot';

/** Props of {@link CitationDisclosure}. */
export interface CitationDisclosureProps extends Omit<CitationRootProps, 'children' | 'asChild'> {
  citation: Citation;
  /** Locale for dates and counts; the user's by default. */
  locale?: string;
  /** The citation's number in its message, shown on the chip (see `Citation.Chip`). */
  number?: number;
}

/** The default citation: `Citation.Root` with its `Citation.Chip` and `Citation.Details`. */
export const CitationDisclosure = memo(
  forwardRef<HTMLDivElement, CitationDisclosureProps>(function CitationDisclosure({ citation, locale, number, ...props }, ref) {
    return (
      <CitationRoot ref={ref} citation={citation} {...props}>
        <CitationChip locale={locale} number={number} />
        <CitationDetails locale={locale} />
      </CitationRoot>
    );
  }),
);

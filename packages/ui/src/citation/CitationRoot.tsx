import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { Citation } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { Slot } from '../internal/Slot';
import { CitationContext } from './useCitationContext';
import { useCitationDisclosure } from './useCitationDisclosure';

/** Props of {@link CitationRoot}. */
export interface CitationRootProps extends HTMLAttributes<HTMLDivElement> {
  citation: Citation;
  /** Whether the details start open (default false). */
  defaultOpen?: boolean;
  /** Render the only child instead of a `div`, with these props merged in. */
  asChild?: boolean;
}

/** Holds one citation's chip and details; shows `data-type` and `data-state="open|closed"`. */
export const CitationRoot = forwardRef<HTMLDivElement, CitationRootProps>(function CitationRoot(
  { citation, defaultOpen, asChild, className, ...props },
  ref,
) {
  const disclosure = useCitationDisclosure({ defaultOpen });
  const Component = asChild ? Slot : 'div';
  return (
    <CitationContext.Provider value={{ citation, disclosure }}>
      <Component
        ref={ref}
        className={joinClassNames('tl-citation', className)}
        data-type={citation.type}
        data-state={disclosure.open ? 'open' : 'closed'}
        {...props}
      />
    </CitationContext.Provider>
  );
});

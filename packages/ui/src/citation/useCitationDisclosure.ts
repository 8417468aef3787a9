import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, RefObject } from 'react';

/** The props `Citation.Chip` spreads on its button. */
export interface CitationChipBehaviourProps {
  ref: RefObject<HTMLButtonElement | null>;
  id: string;
  type: 'button';
  'aria-expanded': boolean;
  'aria-controls': string;
  'data-state': 'open' | 'closed';
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** The props `Citation.Details` spreads on its panel. */
export interface CitationDetailsBehaviourProps {
  ref: RefObject<HTMLDivElement | null>;
  id: string;
  role: 'group';
  'aria-labelledby': string;
  hidden: boolean;
  'data-state': 'open' | 'closed';
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** What {@link useCitationDisclosure} returns. */
export interface CitationDisclosure {
  open: boolean;
  setOpen(open: boolean): void;
  chipProps: CitationChipBehaviourProps;
  detailsProps: CitationDetailsBehaviourProps;
}

/** Options of {@link useCitationDisclosure}. */
export interface CitationDisclosureOptions {
  /** Whether the details start open (default false). */
  defaultOpen?: boolean;
}

/**
 * The behaviour of a citation chip and its details panel, as one prop bag per element: the
 * chip toggles the panel, which scrolls into view as it opens; Escape (on either) closes it and
 * returns focus to the chip; a press outside both closes it.
 */
export function useCitationDisclosure(options: CitationDisclosureOptions = {}): CitationDisclosure {
  const [open, setOpen] = useState(options.defaultOpen ?? false);
  const baseId = useId();
  const chipId = `${baseId}-chip`;
  const detailsId = `${baseId}-details`;
  const chipRef = useRef<HTMLButtonElement | null>(null);
  const detailsRef = useRef<HTMLDivElement | null>(null);

  const closeAndFocusChip = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    chipRef.current?.focus();
  };

  // An opened panel near the bottom of the page would otherwise open out of sight.
  useEffect(() => {
    if (open) detailsRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsidePress = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (chipRef.current?.contains(target) || detailsRef.current?.contains(target))) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePress);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress);
  }, [open]);

  const state = open ? 'open' : 'closed';
  return {
    open,
    setOpen,
    chipProps: {
      ref: chipRef,
      id: chipId,
      type: 'button',
      'aria-expanded': open,
      'aria-controls': detailsId,
      'data-state': state,
      onClick: () => setOpen((wasOpen) => !wasOpen),
      onKeyDown: closeAndFocusChip,
    },
    detailsProps: {
      ref: detailsRef,
      id: detailsId,
      role: 'group',
      'aria-labelledby': chipId,
      hidden: !open,
      'data-state': state,
      onKeyDown: closeAndFocusChip,
    },
  };
}

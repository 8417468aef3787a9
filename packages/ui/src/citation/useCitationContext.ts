import { createContext, useContext } from 'react';
import type { Citation } from '@threadline/headless';
import type { CitationDisclosure } from './useCitationDisclosure';

/** What `Citation.Root` shares with `Citation.Chip` and `Citation.Details`. */
export interface CitationContextValue {
  citation: Citation;
  disclosure: CitationDisclosure;
}

/** @internal Provided by `Citation.Root`. */
export const CitationContext = createContext<CitationContextValue | null>(null);

/** The nearest `Citation.Root`'s citation and disclosure state. Throws outside one. */
export function useCitationContext(part: string): CitationContextValue {
  const context = useContext(CitationContext);
  if (!context) throw new Error(`${part} must be rendered inside <Citation.Root>.`);
  return context;
}

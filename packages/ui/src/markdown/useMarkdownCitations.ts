import { createContext, useContext } from 'react';
import type { ComponentType, ElementType } from 'react';
import type { Citation } from '@threadline/headless';
import type { CitationMarkerProps } from '../citation/CitationMarker';

/** What `MarkdownText` shares with the elements that render its citation markers. */
export interface MarkdownCitationsValue {
  /** The citations the markers point at, by index. */
  citations: readonly Citation[];
  /** Renders one marker. */
  marker: ComponentType<CitationMarkerProps>;
  /** The `span` renderer to use for every other span (a user override, or `span`). */
  span: ElementType;
}

/** @internal Provided by `MarkdownText` when it is given `citations`. */
export const MarkdownCitationsContext = createContext<MarkdownCitationsValue | null>(null);

/** The citations of the enclosing `MarkdownText`, or null when it has none. */
export function useMarkdownCitations(): MarkdownCitationsValue | null {
  return useContext(MarkdownCitationsContext);
}

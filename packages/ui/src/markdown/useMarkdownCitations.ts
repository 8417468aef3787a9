import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ComponentType, ElementType } from 'react';
import type { Citation } from '@threadline/headless';
import type { CitationMarkerProps } from '../citation/CitationMarker';
import type { ValueSource } from '../internal/createValueSource';

/** What `MarkdownText` shares with the elements that render its citation markers. */
export interface MarkdownCitationsValue {
  /**
   * The citations the markers point at, by index, through a source: the context value stays put
   * while citations arrive, so a new citation re-renders only the markers whose citation changed
   * (see `createValueSource`).
   */
  citations: ValueSource<readonly Citation[]>;
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

/** The citation at `index` in `citations`; the caller renders again only when that one changes. */
export function useMarkdownCitation(citations: ValueSource<readonly Citation[]>, index: number): Citation | undefined {
  const get = () => citations.get()[index];
  return useSyncExternalStore(citations.subscribe, get, get);
}

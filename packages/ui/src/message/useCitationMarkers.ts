import { useState } from 'react';
import { extendCitationMarkers } from './extendCitationMarkers';
import type { ExtendedCitationMarkers } from './extendCitationMarkers';
import type { CitationPlacement } from './placeCitations';

/**
 * A text part's text with its citation markers injected (see `injectCitationMarkers`), computed
 * from the previous render's result, so that a streaming part injects only its last lines again
 * (see `extendCitationMarkers`).
 */
export function useCitationMarkers(text: string, placements: readonly CitationPlacement[], streaming: boolean): string {
  const [cache] = useState(createCitationMarkersCache);
  return cache(text, placements, streaming);
}

// A cache, not state: what it holds is right for its own inputs whichever render commits, so it
// is filled during render and never causes one.
function createCitationMarkersCache() {
  let result: ExtendedCitationMarkers | undefined;
  let lastPlacements: readonly CitationPlacement[] | undefined;
  let lastStreaming = false;
  return (text: string, placements: readonly CitationPlacement[], streaming: boolean): string => {
    if (result && result.source === text && lastPlacements === placements && lastStreaming === streaming) return result.text;
    result = extendCitationMarkers(text, placements, { streaming }, result);
    lastPlacements = placements;
    lastStreaming = streaming;
    return result.text;
  };
}

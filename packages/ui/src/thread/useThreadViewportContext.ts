import { createContext, useContext } from 'react';

/** What {@link ThreadViewport} shares with the parts inside it. */
export interface ThreadViewportContextValue {
  /** Whether the viewport follows new content (false once the reader scrolled up). */
  following: boolean;
  /** Scrolls to the bottom and follows again. */
  scrollToBottom: () => void;
}

/** @internal Provided by `Thread.Viewport`. */
export const ThreadViewportContext = createContext<ThreadViewportContextValue | null>(null);

/** The nearest `Thread.Viewport`'s scroll state, or null outside one. */
export function useThreadViewportContext(): ThreadViewportContextValue | null {
  return useContext(ThreadViewportContext);
}

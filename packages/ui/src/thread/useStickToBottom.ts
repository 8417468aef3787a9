import { useState, useSyncExternalStore } from 'react';
import { createStickToBottom } from './createStickToBottom';
import type { StickToBottomOptions } from './createStickToBottom';

/** What {@link useStickToBottom} returns. */
export interface StickToBottomBinding {
  /** The callback ref for the scrollable element. */
  ref: (element: HTMLElement | null) => void;
  /** Whether the element follows its content's growth (false once the reader scrolled up). */
  following: boolean;
  /** Scrolls to the bottom and follows again. */
  scrollToBottom: () => void;
}

/**
 * Pins a scrollable element to its bottom while its content grows, until the reader scrolls up;
 * re-renders only when `following` changes, never per token. Options are read once.
 */
export function useStickToBottom(options?: StickToBottomOptions): StickToBottomBinding {
  const [controller] = useState(() => createStickToBottom(options));
  const following = useSyncExternalStore(controller.subscribe, controller.isFollowing, controller.isFollowing);
  return { ref: controller.attach, following, scrollToBottom: controller.scrollToBottom };
}

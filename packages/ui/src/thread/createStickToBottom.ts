import { scheduleFrame } from '@threadline/headless';
import { prefersReducedMotion } from '../internal/prefersReducedMotion';

/** Options of {@link createStickToBottom}. */
export interface StickToBottomOptions {
  /** How close to the bottom, in pixels, still counts as at the bottom (default 48). */
  threshold?: number;
}

/**
 * Keeps a scrollable element pinned to its bottom while its content grows, until the reader
 * scrolls up. Framework-free: `useStickToBottom` subscribes to it.
 */
export interface StickToBottom {
  /** Starts watching the element (or stops, with null). Give it the same element again to do nothing. */
  attach(element: HTMLElement | null): void;
  /** Whether the element follows its content's growth; false once the reader scrolled away from the bottom. */
  isFollowing(): boolean;
  /** Called whenever `isFollowing()` changes. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Scrolls to the bottom and follows again: smoothly, unless the reader prefers reduced motion. */
  scrollToBottom(): void;
}

const upwardKeys: ReadonlySet<string> = new Set(['ArrowUp', 'PageUp', 'Home']);

/** A controller for one scrollable element; see {@link StickToBottom}. */
export function createStickToBottom(options: StickToBottomOptions = {}): StickToBottom {
  const threshold = options.threshold ?? 48;
  const listeners = new Set<() => void>();
  let element: HTMLElement | null = null;
  let detach: (() => void) | null = null;
  let following = true;
  let lastScrollTop = 0;
  let touchY: number | null = null;
  let cancelScroll: (() => void) | null = null;

  function setFollowing(next: boolean): void {
    if (following === next) return;
    following = next;
    for (const listener of listeners) listener();
  }

  function scrollable(target: HTMLElement): boolean {
    return target.scrollHeight - target.clientHeight > 1;
  }

  function pin(): void {
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    lastScrollTop = element.scrollTop;
  }

  function watch(target: HTMLElement): () => void {
    // Only a move up that leaves the bottom zone is the reader's: content shrinking also lowers
    // scrollTop, but keeps the view at the bottom.
    const onScroll = () => {
      const top = target.scrollTop;
      const movedUp = top < lastScrollTop;
      lastScrollTop = top;
      const gap = target.scrollHeight - top - target.clientHeight;
      if (movedUp && gap > threshold) setFollowing(false);
      else if (!movedUp && gap <= threshold) setFollowing(true);
    };
    // Wheel, touch and keys say "up" before any scroll happens, so a small move up inside the
    // bottom zone still stops the following.
    const onWheel = (event: WheelEvent) => {
      if (event.deltaY < 0 && scrollable(target)) setFollowing(false);
    };
    const onTouchStart = (event: TouchEvent) => {
      touchY = event.touches[0]?.clientY ?? null;
    };
    const onTouchMove = (event: TouchEvent) => {
      const y = event.touches[0]?.clientY;
      if (y === undefined) return;
      if (touchY !== null && y > touchY && scrollable(target)) setFollowing(false);
      touchY = y;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isEditable(event.target)) return;
      const up = upwardKeys.has(event.key) || (event.key === ' ' && event.shiftKey);
      if (up && scrollable(target)) setFollowing(false);
    };
    const onContentChange = () => {
      if (following) pin();
    };

    target.addEventListener('scroll', onScroll, { passive: true });
    target.addEventListener('wheel', onWheel, { passive: true });
    target.addEventListener('touchstart', onTouchStart, { passive: true });
    target.addEventListener('touchmove', onTouchMove, { passive: true });
    target.addEventListener('keydown', onKeyDown);

    // Content that grows resizes the viewport's children (ResizeObserver): its callback runs
    // after the browser's own layout, so pinning there costs no extra layout. Without one, text
    // streaming in is seen as DOM changes (MutationObserver), whose callback forces a layout.
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(onContentChange) : null;
    const observeChildren = () => {
      if (!resizes) return;
      resizes.disconnect();
      resizes.observe(target);
      for (const child of target.children) resizes.observe(child);
    };
    observeChildren();
    const mutations = typeof MutationObserver === 'function'
      ? new MutationObserver((records) => {
          if (records.some((record) => record.target === target && record.type === 'childList')) observeChildren();
          if (!resizes) onContentChange();
        })
      : null;
    if (resizes) mutations?.observe(target, { childList: true });
    else mutations?.observe(target, { childList: true, subtree: true, characterData: true });

    return () => {
      target.removeEventListener('scroll', onScroll);
      target.removeEventListener('wheel', onWheel);
      target.removeEventListener('touchstart', onTouchStart);
      target.removeEventListener('touchmove', onTouchMove);
      target.removeEventListener('keydown', onKeyDown);
      resizes?.disconnect();
      mutations?.disconnect();
    };
  }

  return {
    attach(next) {
      if (next === element) return;
      detach?.();
      detach = null;
      element = next;
      if (!next) return;
      detach = watch(next);
      if (following) pin();
      else lastScrollTop = next.scrollTop;
    },
    isFollowing: () => following,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    scrollToBottom() {
      setFollowing(true);
      if (!element) return;
      // At the next frame, whose layout this reads: read now (a question just rendered, say), the
      // height would cost a layout of its own before the frame's.
      cancelScroll?.();
      cancelScroll = scheduleFrame(() => {
        cancelScroll = null;
        if (!element || !following) return;
        if (typeof element.scrollTo === 'function' && !prefersReducedMotion()) {
          element.scrollTo({ top: element.scrollHeight, behavior: 'smooth' });
        } else {
          pin();
        }
      });
    },
  };
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

import { useEffect, useRef } from 'react';

/**
 * Keeps the page scrolled to the bottom as `content` changes, unless the reader has scrolled up
 * (more than `slack` pixels from the bottom) to read something, or `enabled` is false (a hidden tab).
 */
export function useFollowOutput(content: unknown, enabled = true, slack = 160): void {
  const following = useRef(true);

  useEffect(() => {
    const onScroll = () => {
      const fromBottom = document.documentElement.scrollHeight - window.scrollY - window.innerHeight;
      following.current = fromBottom <= slack;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [slack]);

  useEffect(() => {
    if (enabled && following.current) window.scrollTo({ top: document.documentElement.scrollHeight });
  }, [content, enabled]);
}

import { useEffect, useState } from 'react';

/**
 * The rendered width of an element, kept current with a ResizeObserver. Returns a callback ref
 * to attach and the width, which is `fallback` until measured (server rendering, jsdom).
 */
export function useMeasuredWidth(fallback: number): [(element: Element | null) => void, number] {
  const [element, setElement] = useState<Element | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

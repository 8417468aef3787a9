import { useCallback, useEffect, useRef, useState } from 'react';

/** Whether a copy button has just copied: `copied` for a moment after a successful copy. */
export type CopyState = 'idle' | 'copied';

/** What {@link useCopyToClipboard} returns. */
export interface CopyToClipboard {
  state: CopyState;
  /** Writes the text to the clipboard; resolves to whether it was written. Never rejects. */
  copy(text: string): Promise<boolean>;
}

/**
 * Copies text with `navigator.clipboard.writeText` and reports `copied` for `resetAfter`
 * milliseconds (default 2000). Where the clipboard is unavailable (an insecure page, a denied
 * permission, server rendering) `copy` resolves to false and the state stays `idle`.
 */
export function useCopyToClipboard(resetAfter = 2000): CopyToClipboard {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const copy = useCallback(
    async (text: string) => {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (typeof clipboard?.writeText !== 'function') return false;
      try {
        await clipboard.writeText(text);
      } catch {
        return false;
      }
      if (!mounted.current) return true;
      setState('copied');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), resetAfter);
      return true;
    },
    [resetAfter],
  );

  return { state, copy };
}

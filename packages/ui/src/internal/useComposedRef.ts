import { useCallback } from 'react';
import type { Ref } from 'react';

/** One callback ref that hands the node to both given refs. */
export function useComposedRef<T>(first: Ref<T> | undefined, second: Ref<T> | undefined): (node: T | null) => void {
  return useCallback(
    (node: T | null) => {
      assignRef(first, node);
      assignRef(second, node);
    },
    [first, second],
  );
}

function assignRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}

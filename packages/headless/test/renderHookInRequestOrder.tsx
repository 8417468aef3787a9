import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useThreadStream } from '@threadline/headless/react';
import type { ThreadStreamOptions } from '@threadline/headless/react';

/**
 * Renders `useThreadStream` with headers from a synchronous function and a `fetch` that notes
 * each POST as `request` in `order`, where every render of the hook notes `render`: whether a
 * send's request leaves before React renders the question.
 */
export function renderHookInRequestOrder(threadId: string | null, options: ThreadStreamOptions, wrapper: (props: { children?: ReactNode }) => ReactNode) {
  const order: string[] = [];
  const fetchInOrder: typeof fetch = (input, init) => {
    if (init?.method === 'POST') order.push('request');
    return fetch(input, init);
  };
  const { result } = renderHook(
    () => {
      order.push('render');
      return useThreadStream(threadId, { ...options, headers: () => ({ 'x-token': 'token' }), fetch: fetchInOrder });
    },
    { wrapper },
  );
  return { order, result };
}

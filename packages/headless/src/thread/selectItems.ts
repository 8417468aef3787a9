import type { ThreadItem, ThreadState } from './ThreadState';

/** The thread's items in display order. Returns a new array: memoize on the state's identity. */
export function selectItems(state: Pick<ThreadState, 'items' | 'order'>): ThreadItem[] {
  const items: ThreadItem[] = [];
  for (const id of state.order) {
    const item = state.items[id];
    if (item) items.push(item);
  }
  return items;
}

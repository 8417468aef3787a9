import { itemIndex } from './itemIndex';
import type { ThreadItem, ThreadState } from './ThreadState';

/** The thread's items in display order: `state.items` itself, the same array until an item changes. */
export function selectItems(state: Pick<ThreadState, 'items'>): readonly ThreadItem[] {
  return state.items;
}

/** The item with this id, or undefined; constant time, through an index cached per items array. */
export function selectItem(state: Pick<ThreadState, 'items'>, id: string): ThreadItem | undefined {
  const position = itemIndex(state.items).get(id);
  return position === undefined ? undefined : state.items[position];
}

import type { ThreadItem, ThreadState } from './ThreadState';

/** The items of the latest turn: everything after the newest user message (all items when there is none). */
export function selectTurnItems(state: Pick<ThreadState, 'items'>): ThreadItem[] {
  const { items } = state;
  let start = 0;
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item?.kind === 'message' && item.role === 'user') {
      start = index + 1;
      break;
    }
  }
  return items.slice(start);
}

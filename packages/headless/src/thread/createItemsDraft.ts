import { buildItemIndex, itemIndex, shareItemIndex } from './itemIndex';
import type { ThreadItem } from './ThreadState';

/** A copy-on-first-write view of a thread's `items`, owned by one reducer call. */
export interface ItemsDraft {
  get(id: string): ThreadItem | undefined;
  /** Replaces the item with the same id in place, or appends it. */
  set(item: ThreadItem): void;
  remove(id: string): void;
  /** The items as they stand, in order (a live view: read it, do not keep it). */
  list(): readonly ThreadItem[];
  /** The items after every write: the original array when nothing was written. */
  result(): readonly ThreadItem[];
}

/**
 * Copies the array once, on the first write, however many events a batch applies (copying an
 * array of pointers is cheap: about a microsecond for 1,000 items). Lookups go through an index
 * by id that is shared, not rebuilt, while no item is added or removed: a frame of text deltas
 * costs the same on a thread of 1,000 messages as on a fresh one.
 */
export function createItemsDraft(base: readonly ThreadItem[]): ItemsDraft {
  let current: ThreadItem[] | null = null;
  // Set once an item was added or removed: the draft's own index, the base's stays valid for the base.
  let ownIndex: Map<string, number> | null = null;
  const index = () => ownIndex ?? itemIndex(base);
  const writable = () => (current ??= base.slice());

  return {
    get(id) {
      const position = index().get(id);
      return position === undefined ? undefined : (current ?? base)[position];
    },
    set(item) {
      const position = index().get(item.id);
      const items = writable();
      if (position !== undefined) {
        items[position] = item;
        return;
      }
      ownIndex ??= new Map(itemIndex(base));
      ownIndex.set(item.id, items.length);
      items.push(item);
    },
    remove(id) {
      if (index().get(id) === undefined) return;
      current = (current ?? base).filter((item) => item.id !== id);
      ownIndex = buildItemIndex(current);
    },
    list: () => current ?? base,
    result() {
      if (!current) return base;
      shareItemIndex(current, index());
      return current;
    },
  };
}

import type { ThreadItem } from './ThreadState';

/** A copy-on-first-write view of a thread's `items`, owned by one reducer call. */
export interface ItemsDraft {
  get(id: string): ThreadItem | undefined;
  set(item: ThreadItem): void;
  remove(id: string): void;
  /** The items after every write: the original object when nothing was written. */
  result(): Readonly<Record<string, ThreadItem>>;
}

/**
 * Copies the record once, on the first write, however many events a batch applies: copying
 * it per event would make each text delta cost as much as the thread is long.
 */
export function createItemsDraft(base: Readonly<Record<string, ThreadItem>>): ItemsDraft {
  let current: Record<string, ThreadItem> | null = null;
  const writable = () => (current ??= { ...base });
  return {
    get: (id) => (current ?? base)[id],
    set(item) {
      writable()[item.id] = item;
    },
    remove(id) {
      delete writable()[id];
    },
    result: () => current ?? base,
  };
}

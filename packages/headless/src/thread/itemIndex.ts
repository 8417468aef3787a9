import type { ThreadItem } from './ThreadState';

/** Positions of items by id, for one array of items (and every array that only replaced items in it). */
export type ItemIndex = ReadonlyMap<string, number>;

const indexes = new WeakMap<readonly ThreadItem[], ItemIndex>();

// The array last handed an index, held beside the WeakMap: the next reducer call nearly always
// starts from it, and a WeakMap entry per batch of deltas cost more than the batch's own lookups.
// It moves into the WeakMap when another array takes its place before anyone asked for it (two
// threads streaming at once); once read, a later call from it again rebuilds its index.
let latestItems: readonly ThreadItem[] | null = null;
let latestIndex: ItemIndex | null = null;
let latestRead = false;

/**
 * The position of each item by id, built once per array and cached beside it. A reducer call
 * that only replaces items hands its new array the same index ({@link shareItemIndex}), so a
 * text delta never rebuilds it however long the thread.
 */
export function itemIndex(items: readonly ThreadItem[]): ItemIndex {
  if (items === latestItems && latestIndex !== null) {
    latestRead = true;
    return latestIndex;
  }
  let index = indexes.get(items);
  if (!index) {
    index = buildItemIndex(items);
    indexes.set(items, index);
  }
  return index;
}

/** Records `index` as the index of `items`; the caller vouches that it is exact. */
export function shareItemIndex(items: readonly ThreadItem[], index: ItemIndex): void {
  if (latestItems !== null && latestIndex !== null && !latestRead) indexes.set(latestItems, latestIndex);
  latestItems = items;
  latestIndex = index;
  latestRead = false;
}

/** A fresh index of `items`. */
export function buildItemIndex(items: readonly ThreadItem[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, position) => index.set(item.id, position));
  return index;
}

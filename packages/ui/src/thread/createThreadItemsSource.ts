import type { ThreadItem } from '@threadline/headless';

/**
 * @internal The items of a `Thread.Root`, read through `useSyncExternalStore`. `Thread.Root`
 * changes on every streamed frame; giving its items to descendants through a context value
 * would change the value every frame, and React then walks every settled message's subtree
 * looking for readers of it (the cost of a frame would grow with the thread). The source keeps
 * the context value stable.
 */
export interface ThreadItemsSource {
  get(): readonly ThreadItem[];
  subscribe(listener: () => void): () => void;
  /** Sets the items that descendants rendering in the current pass read. */
  set(items: readonly ThreadItem[]): void;
  /** Tells readers that did not render in this pass (behind a memo) to read again. */
  notify(): void;
}

/** @internal */
export function createThreadItemsSource(initial: readonly ThreadItem[]): ThreadItemsSource {
  let items = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      items = next;
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}

/**
 * @internal A value handed down through `useSyncExternalStore` instead of a context value.
 * A context value that changes makes React search every memoized subtree under its provider
 * for readers, so a value that changes on every streamed frame (a thread's items, the streaming
 * message) would make each frame cost as much as everything rendered below it. Providers keep
 * their context value stable and put the changing value here.
 */
export interface ValueSource<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
  /** Sets the value that readers rendering in the current pass read. */
  set(value: T): void;
  /** Tells readers that did not render in this pass (behind a memo) to read again. */
  notify(): void;
}

/** @internal */
export function createValueSource<T>(initial: T): ValueSource<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      value = next;
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}

import { Fragment, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link WindowedList}. */
export interface WindowedListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string | number;
  /** Should return a memoized row, so rows already shown do not render again. */
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name. */
  label: string;
  /** Shown when there are no items. */
  empty: ReactNode;
  /** Rows shown at first and added per "Show earlier" (default 200). */
  pageSize?: number;
}

/**
 * The newest items of a long, growing list: only the last `pageSize` rows render, a "Show
 * earlier" button reveals more, and the list follows new items while scrolled to the bottom.
 */
export function WindowedList<T>({ items, getKey, renderItem, label, empty, pageSize = 200 }: WindowedListProps<T>) {
  const [count, setCount] = useState(pageSize);
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const visible = items.length > count ? items.slice(items.length - count) : items;
  const hidden = items.length - visible.length;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [items]);

  return (
    <div
      ref={scroller}
      className="demo-inspector-scroll"
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 32;
      }}
    >
      {hidden > 0 ? (
        <button type="button" className="demo-button demo-inspector-earlier" data-testid="inspector-show-earlier" onClick={() => setCount((shown) => shown + pageSize)}>
          Show earlier ({hidden.toLocaleString('en-US')} hidden)
        </button>
      ) : null}
      {items.length === 0 ? (
        <p className="demo-inspector-empty">{empty}</p>
      ) : (
        <ol className="demo-inspector-list" aria-label={label}>
          {visible.map((item) => (
            <Fragment key={getKey(item)}>{renderItem(item)}</Fragment>
          ))}
        </ol>
      )}
    </div>
  );
}

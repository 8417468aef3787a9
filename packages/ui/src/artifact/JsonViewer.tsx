import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { JsonNode, jsonTypeOf } from './JsonNode';

/** Props of {@link JsonViewer}. */
export interface JsonViewerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  value: unknown;
  /** Objects and arrays shallower than this start open (default 2: the value and its children). */
  defaultExpandDepth?: number;
  /** Entries of an object or array shown at first, and added per "Show more" (default 100). */
  pageSize?: number;
}

/**
 * Any artifact without a known shape, as a collapsible tree: objects and arrays are buttons
 * with `aria-expanded` that show or hide their entries, scalars show their type as
 * `data-type="string|number|boolean|null"`, and long arrays or objects show their first
 * `pageSize` entries with a "Show more" button.
 */
export const JsonViewer = forwardRef<HTMLDivElement, JsonViewerProps>(function JsonViewer(
  { value, defaultExpandDepth = 2, pageSize = 100, className, ...props },
  ref,
) {
  return (
    <div ref={ref} className={joinClassNames('tl-json', className)} data-type={jsonTypeOf(value)} {...props}>
      <JsonNode name={null} value={value} depth={0} defaultExpandDepth={defaultExpandDepth} pageSize={Math.max(1, pageSize)} />
    </div>
  );
});

import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';

/** Props of {@link JsonViewer}. */
export interface JsonViewerProps extends HTMLAttributes<HTMLPreElement> {
  value: unknown;
}

/** Any artifact without a known shape, as indented JSON in a `<pre>`. */
export const JsonViewer = forwardRef<HTMLPreElement, JsonViewerProps>(function JsonViewer({ value, className, ...props }, ref) {
  return (
    <pre ref={ref} className={joinClassNames('tl-json', className)} {...props}>
      {JSON.stringify(value, null, 2) ?? String(value)}
    </pre>
  );
});

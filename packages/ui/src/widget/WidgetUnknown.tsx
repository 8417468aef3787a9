import type { ReactNode } from 'react';

/** Props of {@link WidgetUnknown}. */
export interface WidgetUnknownProps {
  /** The component type no renderer knows. */
  type: string;
  children?: ReactNode;
}

/**
 * What a widget component with no renderer shows: a visible placeholder naming its type
 * (`<div class="tl-widget-unknown" data-type="X">`), then its children, so nothing is dropped silently.
 */
export function WidgetUnknown({ type, children }: WidgetUnknownProps) {
  return (
    <>
      <div className="tl-widget-unknown" data-type={type}>
        Unsupported widget “{type}”
      </div>
      {children}
    </>
  );
}

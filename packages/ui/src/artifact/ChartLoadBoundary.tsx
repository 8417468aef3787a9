import { Component } from 'react';
import type { ReactNode } from 'react';

/** @internal Props of {@link ChartLoadBoundary}. */
export interface ChartLoadBoundaryProps {
  children?: ReactNode;
}

/**
 * @internal Catches a chart module that failed to download (a dropped connection, or a deploy
 * that replaced the chunk) so the rest of the thread keeps rendering; the data table still works.
 */
export class ChartLoadBoundary extends Component<ChartLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="tl-chart-loading" role="alert" data-state="error">
          The chart could not be loaded; “Show data” lists its values.
        </p>
      );
    }
    return this.props.children;
  }
}

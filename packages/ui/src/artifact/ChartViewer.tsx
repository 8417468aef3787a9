import { forwardRef, lazy, Suspense, useId, useMemo, useState } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { ChartLoadBoundary } from './ChartLoadBoundary';
import { describeChart } from './describeChart';
import type { ChartArtifact, TableArtifact } from './parseArtifact';
import { TableViewer } from './TableViewer';
import { useMeasuredWidth } from './useMeasuredWidth';

const RechartsChart = lazy(() => import('./RechartsChart').then((module) => ({ default: module.RechartsChart })));

/** Props of {@link ChartViewer}. */
export interface ChartViewerProps extends HTMLAttributes<HTMLElement> {
  artifact: ChartArtifact;
  /** Locale for numbers; the user's by default. */
  locale?: string;
  /** Shows the data table from the start (default false: behind a "Show data" button). */
  defaultShowData?: boolean;
}

/**
 * A chart artifact as a `<figure>`: the title as the caption, a recharts line or bar chart
 * (by the artifact's `chart`), and a "Show data" button that reveals every value as a table.
 * Recharts is loaded on first use, with "Loading chart…" shown meanwhile. The chart is one
 * image to assistive technology, named by a summary of its series. It is drawn at its measured
 * width (640px until measured, as in server rendering and jsdom); colours come from
 * `--tl-chart-1`…`--tl-chart-6`.
 */
export const ChartViewer = forwardRef<HTMLElement, ChartViewerProps>(function ChartViewer(
  { artifact, locale, defaultShowData = false, className, ...props },
  ref,
) {
  const id = useId();
  const [measureRef, measuredWidth] = useMeasuredWidth(640);
  const [showData, setShowData] = useState(defaultShowData);
  const width = Math.max(280, measuredWidth);
  const height = Math.round(Math.min(320, Math.max(220, width * 0.45)));
  const label = useMemo(() => describeChart(artifact, locale), [artifact, locale]);
  const table = useMemo(() => chartTable(artifact), [artifact]);

  return (
    <figure ref={ref} className={joinClassNames('tl-chart', className)} data-chart={artifact.chart} {...props}>
      {artifact.title ? <figcaption className="tl-chart-title">{artifact.title}</figcaption> : null}
      <div ref={measureRef} className="tl-chart-plot">
        <ChartLoadBoundary>
          <Suspense
            fallback={
              <p className="tl-chart-loading" data-state="loading" style={{ height }}>
                Loading chart…
              </p>
            }
          >
            <RechartsChart artifact={artifact} width={width} height={height} label={label} locale={locale} />
          </Suspense>
        </ChartLoadBoundary>
      </div>
      <button
        type="button"
        className="tl-chart-data-toggle"
        aria-expanded={showData}
        aria-controls={`${id}-data`}
        data-state={showData ? 'open' : 'closed'}
        onClick={() => setShowData((current) => !current)}
      >
        {showData ? 'Hide data' : 'Show data'}
      </button>
      <TableViewer id={`${id}-data`} className="tl-chart-data" artifact={table} locale={locale} hidden={!showData} />
    </figure>
  );
});

function chartTable(artifact: ChartArtifact): TableArtifact {
  return {
    type: 'table',
    title: artifact.title ? `${artifact.title} (data)` : 'Chart data',
    columns: [artifact.x, ...artifact.series.filter((entry) => entry.key !== artifact.x.key)],
    rows: artifact.data,
  };
}

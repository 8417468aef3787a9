import { forwardRef, useId } from 'react';
import type { HTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { useComposedRef } from '../internal/useComposedRef';
import { formatArtifactValue } from './formatArtifactValue';
import { niceTicks } from './niceTicks';
import type { ChartArtifact } from './parseArtifact';
import { useMeasuredWidth } from './useMeasuredWidth';

/** Props of {@link ChartViewer}. */
export interface ChartViewerProps extends HTMLAttributes<HTMLElement> {
  artifact: ChartArtifact;
  /** Locale for numbers; the user's by default. */
  locale?: string;
}

const margin = { top: 36, right: 16, bottom: 52, left: 56 };
// Room one x-axis label needs before labels are thinned out.
const labelSpace = 64;

/**
 * A minimal inline SVG line or bar chart of a chart artifact: the title as a caption, a legend,
 * y gridlines and an x axis. The SVG is one image to assistive technology, with a `<title>` and a
 * `<desc>` that lists every value. Colours come from `--tl-chart-1`... in the stylesheet.
 * It is laid out for its measured width, so its text keeps its size on a phone.
 */
export const ChartViewer = forwardRef<HTMLElement, ChartViewerProps>(function ChartViewer(
  { artifact, locale, className, ...props },
  forwardedRef,
) {
  const id = useId();
  const [measureRef, measuredWidth] = useMeasuredWidth(640);
  const ref = useComposedRef<HTMLElement>(forwardedRef, measureRef);
  const width = Math.max(280, measuredWidth);
  const height = Math.round(Math.min(320, Math.max(220, width * 0.45)));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const { x, series, data, chart } = artifact;
  const values = data.flatMap((datum) => series.map((entry) => datum[entry.key])).filter((value): value is number => typeof value === 'number');
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const yOf = (value: number) => margin.top + plotHeight - ((value - low) / (high - low || 1)) * plotHeight;
  const band = plotWidth / Math.max(1, data.length);
  const xOf = (index: number) => margin.left + band * (index + 0.5);
  const labelEvery = Math.ceil(data.length / Math.max(1, Math.floor(plotWidth / labelSpace)));
  const title = artifact.title ?? `${chart === 'bar' ? 'Bar' : 'Line'} chart`;
  const format = (value: unknown) => formatArtifactValue(typeof value === 'number' || typeof value === 'string' ? value : null, locale);
  const description = `${chart === 'bar' ? 'Bar' : 'Line'} chart of ${series.map((entry) => entry.label).join(', ')} by ${x.label}. ${series
    .map((entry) => `${entry.label}: ${data.map((datum) => `${format(datum[x.key])} ${format(datum[entry.key])}`).join('; ')}.`)
    .join(' ')}`;
  const barWidth = (band * 0.7) / series.length;

  return (
    <figure ref={ref} className={joinClassNames('tl-chart', className)} data-chart={chart} {...props}>
      {artifact.title ? <figcaption className="tl-chart-title">{artifact.title}</figcaption> : null}
      <svg className="tl-chart-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} fontSize={12}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="tl-chart-legend">
          {series.map((entry, index) => (
            <g key={entry.key} transform={`translate(${margin.left + index * 160}, 12)`}>
              <rect className={`tl-chart-swatch tl-chart-series-${(index % 6) + 1}`} width={12} height={12} fill="currentColor" />
              <text x={18} y={10}>
                {entry.label}
              </text>
            </g>
          ))}
        </g>
        <g className="tl-chart-grid">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={margin.left} x2={width - margin.right} y1={yOf(tick)} y2={yOf(tick)} stroke="currentColor" strokeOpacity={tick === 0 ? 0.6 : 0.15} />
              <text x={margin.left - 8} y={yOf(tick)} dy="0.32em" textAnchor="end">
                {format(tick)}
              </text>
            </g>
          ))}
        </g>
        <g className="tl-chart-x-axis">
          {data.map((datum, index) =>
            index % labelEvery === 0 ? (
              <text key={index} x={xOf(index)} y={height - margin.bottom + 18} textAnchor="middle">
                {format(datum[x.key])}
              </text>
            ) : null,
          )}
          <text className="tl-chart-axis-label" x={margin.left + plotWidth / 2} y={height - 8} textAnchor="middle">
            {x.label}
          </text>
        </g>
        {series.map((entry, seriesIndex) => {
          const seriesClass = `tl-chart-series tl-chart-series-${(seriesIndex % 6) + 1}`;
          const points = data.flatMap((datum, index) => {
            const value = datum[entry.key];
            return typeof value === 'number' ? [{ index, value, label: format(datum[x.key]) }] : [];
          });
          if (chart === 'bar') {
            const zero = yOf(Math.max(low, 0));
            return (
              <g key={entry.key} className={seriesClass} fill="currentColor">
                {points.map((point) => (
                  <rect
                    key={point.index}
                    x={xOf(point.index) - (band * 0.35) + seriesIndex * barWidth}
                    y={Math.min(zero, yOf(point.value))}
                    width={barWidth}
                    height={Math.abs(zero - yOf(point.value))}
                  >
                    <title>{`${entry.label}, ${point.label}: ${format(point.value)}`}</title>
                  </rect>
                ))}
              </g>
            );
          }
          const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${xOf(point.index).toFixed(1)},${yOf(point.value).toFixed(1)}`).join(' ');
          return (
            <g key={entry.key} className={seriesClass}>
              <path d={path} fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
              {points.map((point) => (
                <circle key={point.index} cx={xOf(point.index)} cy={yOf(point.value)} r={4} fill="currentColor">
                  <title>{`${entry.label}, ${point.label}: ${format(point.value)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
});

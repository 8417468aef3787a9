import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import { prefersReducedMotion } from '../internal/prefersReducedMotion';
import { formatArtifactValue } from './formatArtifactValue';
import { formatChartCategory } from './formatChartCategory';
import type { ArtifactValue, ChartArtifact } from './parseArtifact';

/** @internal Props of {@link RechartsChart}. */
export interface RechartsChartProps {
  artifact: ChartArtifact;
  width: number;
  height: number;
  /** The accessible name: a summary of what the chart shows. */
  label: string;
  locale?: string;
}

const margin = { top: 8, right: 16, bottom: 20, left: 8 };
const tick = { fill: 'var(--tl-text-muted)', fontSize: 12 };
const tooltipStyle = {
  background: 'var(--tl-surface)',
  border: '1px solid var(--tl-border)',
  borderRadius: 'var(--tl-radius-small)',
  color: 'var(--tl-text)',
  fontSize: 13,
};

/**
 * @internal The recharts drawing of a chart artifact at a fixed size, as one image to assistive
 * technology. Its own module, loaded lazily by `ChartViewer`, so an app that never shows a
 * chart never downloads recharts.
 */
export function RechartsChart({ artifact, width, height, label, locale }: RechartsChartProps) {
  const { x, series } = artifact;
  const formatValue = (value: unknown) => formatArtifactValue(isArtifactValue(value) ? value : null, locale);
  const formatLabel = (value: unknown) => formatChartCategory(isArtifactValue(value) ? value : null);
  // Recharts sorts legend items by label unless told otherwise; keep the artifact's order.
  const seriesOrder = (item: { dataKey?: unknown }) => series.findIndex((entry) => entry.key === item.dataKey);
  // Recharts registers every part through its context, so the shared ones can sit in a fragment.
  const frame = (
    <>
      <CartesianGrid stroke="var(--tl-border)" vertical={false} />
      <XAxis
        dataKey={x.key}
        tick={tick}
        tickFormatter={formatLabel}
        stroke="var(--tl-border)"
        // A line's first and last points sit on the plot's edges; the padding keeps their labels whole.
        padding={artifact.chart === 'line' ? { left: 24, right: 24 } : undefined}
        label={{ value: x.label, position: 'insideBottom', offset: -14, fill: 'var(--tl-text-muted)', fontSize: 12, fontWeight: 600 }}
      />
      <YAxis tick={tick} tickFormatter={formatValue} stroke="var(--tl-border)" width={56} />
      <Tooltip
        formatter={(value) => formatValue(value)}
        labelFormatter={(value) => formatLabel(value)}
        contentStyle={tooltipStyle}
        labelStyle={{ fontWeight: 600 }}
        cursor={artifact.chart === 'bar' ? { fill: 'var(--tl-surface-muted)' } : { stroke: 'var(--tl-border)' }}
      />
      {series.length > 1 ? <Legend position="top" height={28} itemSorter={seriesOrder} wrapperStyle={{ fontSize: 12 }} /> : null}
    </>
  );

  return (
    <div className="tl-chart-canvas" role="img" aria-label={label}>
      {plot(artifact, width, height, frame)}
    </div>
  );
}

function plot(artifact: ChartArtifact, width: number, height: number, frame: ReactNode): ReactNode {
  const chartProps = { width, height, data: artifact.data, margin, accessibilityLayer: false };
  const color = (index: number) => `var(--tl-chart-${(index % 6) + 1})`;
  const animate = !prefersReducedMotion();
  switch (artifact.chart) {
    case 'line': {
      return (
        <LineChart {...chartProps}>
          {frame}
          {artifact.series.map((entry, index) => (
            <Line key={entry.key} dataKey={entry.key} name={entry.label} stroke={color(index)} strokeWidth={2.5} dot={{ r: 3, fill: color(index) }} isAnimationActive={animate} />
          ))}
        </LineChart>
      );
    }
    case 'bar': {
      return (
        <BarChart {...chartProps}>
          {frame}
          {artifact.series.map((entry, index) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} fill={color(index)} isAnimationActive={animate} />
          ))}
        </BarChart>
      );
    }
    default: {
      artifact.chart satisfies never;
      return null;
    }
  }
}

function isArtifactValue(value: unknown): value is ArtifactValue {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

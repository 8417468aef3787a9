import { formatArtifactValue } from './formatArtifactValue';
import { formatChartCategory } from './formatChartCategory';
import type { ChartArtifact } from './parseArtifact';

/**
 * A one-paragraph summary of a chart for its accessible name: the kind, what is plotted
 * against what, the span of the x axis and each series' lowest and highest values.
 * Every value is in the chart's data table.
 */
export function describeChart(artifact: ChartArtifact, locale?: string): string {
  const { x, series, data } = artifact;
  const kind = artifact.chart === 'bar' ? 'Bar' : 'Line';
  const plotted = `${kind} chart of ${series.map((entry) => entry.label).join(', ')} by ${x.label}`;
  if (data.length === 0) return `${plotted}, with no data.`;
  const first = formatChartCategory(data[0]?.[x.key]);
  const last = formatChartCategory(data[data.length - 1]?.[x.key]);
  const span = data.length === 1 ? `1 point, ${first}` : `${data.length} points, ${first} to ${last}`;
  const ranges = series.map((entry) => {
    const points = data.flatMap((datum) => {
      const value = datum[entry.key];
      return typeof value === 'number' && Number.isFinite(value) ? [{ value, at: formatChartCategory(datum[x.key]) }] : [];
    });
    if (points.length === 0) return `${entry.label}: no values.`;
    const low = points.reduce((best, point) => (point.value < best.value ? point : best));
    const high = points.reduce((best, point) => (point.value > best.value ? point : best));
    const format = (value: number) => formatArtifactValue(value, locale);
    return `${entry.label}: lowest ${format(low.value)} (${low.at}), highest ${format(high.value)} (${high.at}).`;
  });
  return `${plotted}, ${span}. ${ranges.join(' ')}`;
}

import type { WidgetComponentProps } from './useWidgetContext';
import { readText } from './widgetProps';

type Row = Record<string, unknown>;

/**
 * The `Chart` component as the table of its data: the x-axis key first, then one column per
 * series (`dataKey`, headed by its `label`). Cells show numbers and strings only.
 */
export function WidgetChart({ node }: WidgetComponentProps) {
  const rows = Array.isArray(node.data) ? node.data.filter((row): row is Row => typeof row === 'object' && row !== null) : [];
  const xKey = typeof node.xAxis === 'string' ? node.xAxis : isRow(node.xAxis) && typeof node.xAxis.dataKey === 'string' ? node.xAxis.dataKey : null;
  const series = (Array.isArray(node.series) ? node.series : [])
    .filter(isRow)
    .flatMap((entry) => (typeof entry.dataKey === 'string' ? [{ key: entry.dataKey, label: typeof entry.label === 'string' ? entry.label : entry.dataKey }] : []));
  const columns = [...(xKey ? [{ key: xKey, label: xKey }] : []), ...series];
  return (
    <table className="tl-widget-chart" data-widget-type="Chart">
      <caption>{readText(node, 'title') ?? 'Chart data'}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td key={column.key}>{cell(row[column.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cell(value: unknown): string {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : '';
}

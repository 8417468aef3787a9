import { forwardRef, useMemo, useState } from 'react';
import type { TableHTMLAttributes } from 'react';
import { joinClassNames } from '../internal/joinClassNames';
import { compareArtifactValues } from './compareArtifactValues';
import { formatArtifactValue } from './formatArtifactValue';
import type { TableArtifact } from './parseArtifact';

/** The sorted column and its direction. */
export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

/** Props of {@link TableViewer}. */
export interface TableViewerProps extends TableHTMLAttributes<HTMLTableElement> {
  artifact: TableArtifact;
  /** The sort before any header is pressed (default: the server's row order). */
  defaultSort?: TableSort | null;
  /** Locale for numbers; the user's by default. */
  locale?: string;
}

/**
 * A table artifact as a real `<table>`: its title as the caption, column headers as `th`, and
 * each header a button that sorts by that column (ascending, then descending), shown with `aria-sort`.
 */
export const TableViewer = forwardRef<HTMLTableElement, TableViewerProps>(function TableViewer(
  { artifact, defaultSort = null, locale, className, ...props },
  ref,
) {
  const [sort, setSort] = useState<TableSort | null>(defaultSort);
  // Rows keep their original index as their key, so a sort moves rows instead of rewriting them.
  const rows = useMemo(() => {
    const indexed = artifact.rows.map((row, index) => ({ row, index }));
    if (!sort) return indexed;
    return indexed.sort((a, b) => compareArtifactValues(a.row[sort.key], b.row[sort.key], sort.direction) || a.index - b.index);
  }, [artifact.rows, sort]);
  const numericColumns = useMemo(
    () => new Set(artifact.columns.filter((column) => artifact.rows.every((row) => typeof (row[column.key] ?? 0) === 'number')).map((column) => column.key)),
    [artifact],
  );

  const toggle = (key: string) =>
    setSort((current) => ({ key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <table ref={ref} className={joinClassNames('tl-table', className)} {...props}>
      {artifact.title ? <caption>{artifact.title}</caption> : null}
      <thead>
        <tr>
          {artifact.columns.map((column) => {
            const direction = sort?.key === column.key ? sort.direction : undefined;
            return (
              <th key={column.key} scope="col" aria-sort={direction} data-numeric={numericColumns.has(column.key) || undefined}>
                <button type="button" className="tl-table-sort" data-state={direction ?? 'none'} onClick={() => toggle(column.key)}>
                  {column.label}
                  <span className="tl-table-sort-icon" aria-hidden="true" />
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ row, index }) => (
          <tr key={index}>
            {artifact.columns.map((column) => (
              <td key={column.key} data-numeric={numericColumns.has(column.key) || undefined}>
                {formatArtifactValue(row[column.key], locale)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});

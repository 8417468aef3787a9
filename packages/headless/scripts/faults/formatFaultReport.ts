import type { DialectName } from '@threadline/headless';
import type { CellResult } from './judgeCell';
import { plural } from './plural';

/** A matrix row: the case's label and what it expects, with its cells by dialect. */
export interface ReportRow {
  label: string;
  expected: string;
  cells: Partial<Record<DialectName, CellResult>>;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** A cell as the matrix shows it: `recovered ✓`, `failed cleanly ✗ (expected recovered)`, `FAILED: 12 words lost`. */
export function formatCell(result: CellResult | undefined): string {
  if (!result) return '–';
  if (result.outcome === 'FAILED') return escapeCell(`FAILED: ${result.reasons.slice(0, 2).join('; ') || 'unknown'}`);
  const shown = result.outcome === 'recovered' && result.error !== null ? ' (shows an error)' : '';
  return result.meetsExpectation ? `${result.outcome} ✓${shown}` : `${result.outcome} ✗${shown} (expected ${result.expected.join(' or ')})`;
}

/** The fault × dialect matrix as a markdown table; a dialect that rejects a fault shows `–`. */
export function formatMatrix(rows: readonly ReportRow[], dialects: readonly DialectName[]): string {
  const lines = [`| fault | expected | ${dialects.join(' | ')} |`, `| --- | --- | ${dialects.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.label} | ${row.expected} | ${dialects.map((dialect) => formatCell(row.cells[dialect])).join(' | ')} |`);
  return lines.join('\n');
}

/** Every cell on a line: outcome, whether the text is the server's, what was lost and duplicated, and why. */
export function formatDetails(results: readonly CellResult[]): string {
  const lines = ['| fault | dialect | outcome | text identical | lost | duplicated | settled | notes |', '| --- | --- | --- | --- | --- | --- | ---: | --- |'];
  for (const result of results) {
    const verdict = `${result.outcome} ${result.meetsExpectation ? '✓' : '✗'}`;
    const notes = result.reasons.join('; ');
    const cells = [
      result.fault,
      result.dialect,
      verdict,
      result.identical ? 'yes' : 'no',
      result.lost.join(', ') || '0',
      result.duplicated.join(', ') || '0',
      `${(result.settledMs / 1000).toFixed(1)} s`,
      notes,
    ];
    lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The one-line tally the run ends with. */
export function formatSummary(results: readonly CellResult[], elapsedMs: number): string {
  const met = results.filter((result) => result.meetsExpectation).length;
  const failed = results.length - met;
  return `${plural(results.length, 'cell')} in ${(elapsedMs / 1000).toFixed(1)} s: ${met} as expected, ${failed} not`;
}

/** What {@link formatFaultReport} prints. */
export interface FaultReport {
  rows: readonly ReportRow[];
  results: readonly CellResult[];
  dialects: readonly DialectName[];
  /** Crashes that no cell could be blamed for. */
  unpinnedCrashes: readonly string[];
  elapsedMs: number;
}

/** The whole report: the matrix, every cell's details, crashes no cell owns, and the tally. */
export function formatFaultReport(report: FaultReport): string {
  return [
    `## Fault matrix\n\n${formatMatrix(report.rows, report.dialects)}`,
    `## Cells\n\n${formatDetails(report.results)}`,
    ...report.unpinnedCrashes.map((crash) => `uncaught while no cell ran: ${crash}`),
    formatSummary(report.results, report.elapsedMs),
  ].join('\n\n');
}

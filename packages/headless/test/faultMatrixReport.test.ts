import { describe, expect, it } from 'vitest';
import { formatCell, formatDetails, formatFaultReport, formatMatrix, formatSummary } from '../scripts/faults/formatFaultReport';
import type { CellResult } from '../scripts/faults/judgeCell';

const noEntries = { lost: [], duplicated: [], altered: [] };

function cell(overrides: Partial<CellResult> = {}): CellResult {
  return {
    fault: 'drop-mid-frame',
    dialect: 'boosted',
    expected: ['recovered'],
    why: 'a dropped connection is transient',
    outcome: 'recovered',
    meetsExpectation: true,
    reasons: [],
    identical: true,
    serverComplete: true,
    lost: [],
    duplicated: [],
    status: 'complete',
    error: null,
    connection: 'closed',
    settledMs: 1_234,
    sendError: null,
    text: { client: 'answer', server: 'answer' },
    content: { messages: noEntries, citations: noEntries, toolCalls: noEntries, items: noEntries, parts: noEntries },
    requests: [],
    ...overrides,
  };
}

describe('the fault report', () => {
  it('ticks a cell that met its expectation', () => {
    expect(formatCell(cell())).toBe('recovered ✓');
    expect(formatCell(cell({ outcome: 'failed cleanly', expected: ['failed cleanly'] }))).toBe('failed cleanly ✓');
  });

  it('says what was expected of a clean outcome that was not the one hoped for', () => {
    expect(formatCell(cell({ outcome: 'failed cleanly', meetsExpectation: false }))).toBe('failed cleanly ✗ (expected recovered)');
  });

  it('shows the first two reasons of a failure, with pipes escaped for markdown', () => {
    const failed = cell({ outcome: 'FAILED', meetsExpectation: false, reasons: ['12 words lost', '1 citation lost', 'third'], lost: ['12 words', '1 citation'] });
    expect(formatCell(failed)).toBe('FAILED: 12 words lost; 1 citation lost');
    expect(formatCell(cell({ outcome: 'FAILED', meetsExpectation: false, reasons: ['crash: a | b'] }))).toBe('FAILED: crash: a \\| b');
  });

  it('marks a recovery that still shows an error', () => {
    expect(formatCell(cell({ error: { kind: 'protocol', code: null, message: 'Malformed frame', retryable: false } }))).toBe('recovered ✓ (shows an error)');
  });

  it('prints faults as rows and dialects as columns, with a dash where a dialect rejects the fault', () => {
    const matrix = formatMatrix([{ label: 'duplicate-after-reconnect', expected: 'recovered', cells: { boosted: cell() } }], ['boosted', 'chatkit']);
    expect(matrix.split('\n')).toEqual([
      '| fault | expected | boosted | chatkit |',
      '| --- | --- | --- | --- |',
      '| duplicate-after-reconnect | recovered | recovered ✓ | – |',
    ]);
  });

  it('lists every cell with whether its text is identical and what it lost and repeated', () => {
    const details = formatDetails([cell({ identical: false, lost: ['3 words'], duplicated: ['1 tool call'], outcome: 'FAILED', meetsExpectation: false, reasons: ['3 words lost'] })]);
    expect(details.split('\n')[2]).toBe('| drop-mid-frame | boosted | FAILED ✗ | no | 3 words | 1 tool call | 1.2 s | 3 words lost |');
  });

  it('tallies the cells that met their expectation', () => {
    expect(formatSummary([cell(), cell({ meetsExpectation: false })], 61_000)).toBe('2 cells in 61.0 s: 1 as expected, 1 not');
  });

  it('puts the matrix first and the tally last, with crashes no cell owns before it', () => {
    const report = formatFaultReport({
      rows: [{ label: 'stall', expected: 'recovered', cells: { boosted: cell({ fault: 'stall' }) } }],
      results: [cell({ fault: 'stall' })],
      dialects: ['boosted'],
      unpinnedCrashes: ['TypeError: late'],
      elapsedMs: 2_000,
    });
    expect(report.startsWith('## Fault matrix')).toBe(true);
    expect(report.split('\n\n').slice(-2)).toEqual(['uncaught while no cell ran: TypeError: late', '1 cell in 2.0 s: 1 as expected, 0 not']);
  });
});

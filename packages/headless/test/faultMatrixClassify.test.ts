import { describe, expect, it } from 'vitest';
import { checkRetryAfter } from '../scripts/faults/checkRetryAfter';
import { classifyCell } from '../scripts/faults/classifyCell';
import type { CellEvidence } from '../scripts/faults/classifyCell';
import type { RequestRecord } from '../scripts/faults/createFaultFetch';
import type { DigestDiff } from '../scripts/faults/diffDigests';
import type { WordDiff } from '../scripts/faults/diffWords';
import { pinCrashes } from '../scripts/faults/pinCrashes';

const noWords: WordDiff = { lost: [], duplicated: [], moved: [], foreign: [] };
const noEntries = { lost: [], duplicated: [], altered: [] };
const noContent: DigestDiff = { messages: noEntries, citations: noEntries, toolCalls: noEntries, items: noEntries, parts: noEntries };

function evidence(overrides: Partial<CellEvidence> = {}): CellEvidence {
  return {
    timedOut: false,
    crash: null,
    status: 'complete',
    error: null,
    againstServer: noWords,
    againstClean: noWords,
    identical: true,
    withdrawn: noWords,
    content: noContent,
    serverComplete: true,
    violations: [],
    ...overrides,
  };
}

const networkError = { kind: 'network' as const, code: null, message: 'The connection failed: terminated', retryable: true };

describe('classifyCell', () => {
  it("calls a complete thread with the server's answer recovered", () => {
    expect(classifyCell(evidence())).toEqual({ outcome: 'recovered', reasons: [] });
  });

  it('fails a complete thread that lost words, naming how many', () => {
    const verdict = classifyCell(evidence({ identical: false, againstServer: { ...noWords, lost: ['over', 'the', 'year'] } }));
    expect(verdict).toEqual({ outcome: 'FAILED', reasons: ['3 words lost'] });
  });

  it('fails a thread that never settled as a hang, whatever its text', () => {
    expect(classifyCell(evidence({ timedOut: true, status: 'running' })).reasons[0]).toBe('hang: still running');
  });

  it('fails any cell with an unhandled rejection', () => {
    expect(classifyCell(evidence({ crash: 'TypeError: x is undefined' }))).toEqual({ outcome: 'FAILED', reasons: ['crash: TypeError: x is undefined'] });
  });

  it('calls a failed run with a typed error that kept what arrived a clean failure', () => {
    const verdict = classifyCell(evidence({ status: 'failed', error: networkError, identical: false, againstServer: { ...noWords, lost: ['year'] } }));
    expect(verdict).toEqual({ outcome: 'failed cleanly', reasons: ['network: The connection failed: terminated'] });
  });

  it('fails a failed run that took back words it had shown', () => {
    const verdict = classifyCell(evidence({ status: 'failed', error: networkError, identical: false, withdrawn: { ...noWords, lost: ['third', 'quarter'] } }));
    expect(verdict).toEqual({ outcome: 'FAILED', reasons: ['2 words withdrawn after arriving'] });
  });

  it('fails a failed run whose error has no message', () => {
    expect(classifyCell(evidence({ status: 'failed', error: { ...networkError, message: ' ' } })).outcome).toBe('FAILED');
  });

  it('fails a run that stopped short without saying why', () => {
    expect(classifyCell(evidence({ status: 'incomplete', identical: false })).reasons[0]).toBe('ended incomplete without an error');
  });

  it('accepts an incomplete thread when the server itself kept only part of the answer', () => {
    expect(classifyCell(evidence({ status: 'incomplete', serverComplete: false })).outcome).toBe('recovered');
  });

  it('notes, without failing, an error shown on a complete and identical thread', () => {
    const verdict = classifyCell(evidence({ error: { ...networkError, kind: 'protocol', message: 'Malformed frame' } }));
    expect(verdict).toEqual({ outcome: 'recovered', reasons: ['shows an error: Malformed frame'] });
  });

  it('does not count content the server lost too, but does count what is repeated', () => {
    const content = { ...noContent, citations: { lost: ['web: a'], duplicated: ['web: b'], altered: [] } };
    expect(classifyCell(evidence({ status: 'incomplete', serverComplete: false, content })).reasons).toEqual(['1 citation duplicated']);
  });

  it('fails a clean outcome that broke a promise of its fault', () => {
    expect(classifyCell(evidence({ violations: ['waited out the 8 s stall'] }))).toEqual({ outcome: 'FAILED', reasons: ['waited out the 8 s stall'] });
  });
});

function request(atMs: number, status: number, retryAfter: string | null = null): RequestRecord {
  return { atMs, method: 'POST', path: '/runs/', faultable: true, fault: null, status, retryAfter, error: null };
}

describe('checkRetryAfter', () => {
  it('passes a retry sent after the Retry-After the server asked for', () => {
    expect(checkRetryAfter([request(0, 429, '1'), request(1_020, 200)])).toEqual([]);
  });

  it('flags a retry sent sooner, with how soon', () => {
    expect(checkRetryAfter([request(0, 429, '1'), request(300, 200)])).toEqual(['retried 300 ms after a 429 that asked Retry-After: 1']);
  });

  it('ignores requests that cannot carry a fault, such as REST reads', () => {
    expect(checkRetryAfter([request(0, 429, '1'), { ...request(10, 200), faultable: false }, request(1_000, 200)])).toEqual([]);
  });
});

describe('pinCrashes', () => {
  it('pins a crash on the only cell running when it happened', () => {
    const pinned = pinCrashes([{ at: 15, message: 'boom' }], [{ id: 'a', start: 0, end: 10 }, { id: 'b', start: 10, end: 20 }]);
    expect(pinned.byCell.get('b')).toEqual(['boom']);
    expect(pinned.ambiguous.size).toBe(0);
  });

  it('marks every cell running at the time as ambiguous when several were', () => {
    const pinned = pinCrashes([{ at: 5, message: 'boom' }], [{ id: 'a', start: 0, end: 10 }, { id: 'b', start: 2, end: 20 }]);
    expect([...pinned.ambiguous]).toEqual(['a', 'b']);
    expect(pinned.byCell.size).toBe(0);
  });

  it('keeps a crash while no cell ran apart', () => {
    expect(pinCrashes([{ at: 50, message: 'late' }], [{ id: 'a', start: 0, end: 10 }]).unpinned).toEqual(['late']);
  });
});

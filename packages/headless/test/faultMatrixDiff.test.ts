import { describe, expect, it } from 'vitest';
import type { ThreadSnapshot } from '@threadline/headless';
import { diffDigests } from '../scripts/faults/diffDigests';
import { diffWords, splitWords } from '../scripts/faults/diffWords';
import { toContentDigest } from '../scripts/faults/toContentDigest';

const answer = 'Revenue grew 12% year over year in the third quarter, and the plan costs $480 per seat.';

describe('diffWords', () => {
  it('finds nothing between a text and itself, whatever its whitespace', () => {
    expect(diffWords(answer, answer.replace(/ /g, '\n '))).toEqual({ lost: [], duplicated: [], moved: [], foreign: [] });
  });

  it('counts the words a dropped stretch of the stream took with it', () => {
    const cut = answer.replace('year over year in the third', '');
    expect(diffWords(answer, cut).lost).toEqual(['year', 'over', 'year', 'in', 'the', 'third']);
  });

  it('counts words shown twice after a reconnect replayed the last frames', () => {
    const replayed = answer.replace('quarter,', 'quarter, the third quarter,');
    expect(diffWords(answer, replayed)).toMatchObject({ lost: [], duplicated: ['the', 'third', 'quarter,'], foreign: [] });
  });

  it('tells two swapped words from a loss plus a duplicate', () => {
    const swapped = answer.replace('grew 12%', '12% grew');
    expect(diffWords(answer, swapped)).toMatchObject({ lost: [], duplicated: [], moved: [expect.stringMatching(/^(grew|12%)$/)], foreign: [] });
  });

  it('reports a word garbled by replacement characters as lost and foreign', () => {
    const garbled = answer.replace('plan', '\uFFFD(\uFFFDplan');
    expect(diffWords(answer, garbled)).toMatchObject({ lost: ['plan'], foreign: ['\uFFFD(\uFFFDplan'] });
  });

  it('compares very long texts as bags of words instead of aligning them', () => {
    const long = Array.from({ length: 5_000 }, (_, index) => `w${index}`).join(' ');
    const diff = diffWords(long, `${long} w7`);
    expect(diff.duplicated).toEqual(['w7']);
    expect(splitWords(long)).toHaveLength(5_000);
  });
});

function snapshot(items: ThreadSnapshot['items']): ThreadSnapshot {
  return { dialect: 'assistants', thread: { id: 't', title: null, status: 'complete' }, items, progress: [], notices: [], error: null, run: null, pendingAction: null };
}

const citation = { type: 'file' as const, start: 1, end: 4, id: 'file-1', title: 'q3_report.txt', url: null, snippet: null, highlights: [], source: null, date: null, details: {} };
const clean = snapshot([
  { kind: 'message', id: 'u1', role: 'user', status: 'complete', text: 'Hi', parts: [{ type: 'text', text: 'Hi' }], citations: [] },
  { kind: 'tool_call', id: 'call_1', name: 'file_search', arguments: '{}', result: 'found', outputs: [], status: 'complete' },
  { kind: 'message', id: 'm1', role: 'assistant', status: 'complete', text: answer, parts: [{ type: 'text', text: answer }], citations: [citation] },
]);

describe('content digests', () => {
  it('ignores the ids that differ between two runs of one scenario', () => {
    const again = snapshot(clean.items.map((item) => ({ ...item, id: `${item.id}-other-run` })));
    const diff = diffDigests(toContentDigest(clean), toContentDigest(again));
    expect(Object.values(diff).every((entry) => entry.lost.length + entry.duplicated.length + entry.altered.length === 0)).toBe(true);
  });

  it('reports a repeated citation as duplicated and a tool call left open as lost and altered', () => {
    const [user, tool, message] = clean.items;
    if (message?.kind !== 'message' || tool?.kind !== 'tool_call' || !user) throw new Error('fixture');
    const faulted = snapshot([user, { ...tool, result: null, status: 'in_progress' }, { ...message, citations: [citation, citation] }]);
    const diff = diffDigests(toContentDigest(clean), toContentDigest(faulted));
    expect(diff.citations.duplicated).toEqual(['file: q3_report.txt']);
    expect(diff.toolCalls.lost).toEqual(['file_search({}) -> found (complete)']);
    expect(diff.toolCalls.altered).toEqual(['file_search({}) -> no result (in_progress)']);
  });
});

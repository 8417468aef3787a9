import { describe, expect, test } from 'vitest';
import type { Citation, MessageItem } from '@threadline/headless';
import { citationAnchor, citationPlaceholder, injectCitationMarkers, placeCitations } from '@threadline/ui';

function citation(start: number | null, end: number | null): Citation {
  return { type: 'web', start, end, id: null, title: null, url: null, snippet: null, highlights: [], source: null, date: null, details: {} };
}

function message(parts: MessageItem['parts'], citations: Citation[]): Pick<MessageItem, 'parts' | 'citations'> {
  return { parts, citations };
}

const p = citationPlaceholder;

describe('citationAnchor', () => {
  const text = 'Refunds take 14 days【4:0†policy.txt】. Revenue rose 66%.';
  const marker = '【4:0†policy.txt】';

  test('replaces a span that is exactly a source marker (Assistants)', () => {
    const start = text.indexOf(marker);
    expect(citationAnchor(citation(start, start + marker.length), text)).toEqual({ start, end: start + marker.length });
  });

  test('inserts at a point: start === end, or one end missing (ChatKit)', () => {
    expect(citationAnchor(citation(5, 5), text)).toEqual({ start: 5, end: 5 });
    expect(citationAnchor(citation(5, null), text)).toEqual({ start: 5, end: 5 });
    expect(citationAnchor(citation(null, 7), text)).toEqual({ start: 7, end: 7 });
  });

  test('puts the marker at the end of any other span, keeping its text (Boosted)', () => {
    const end = text.indexOf(' rose');
    expect(citationAnchor(citation(text.indexOf('Revenue'), end), text)).toEqual({ start: end, end });
  });

  test('clamps positions past the streamed text to its end, and places nothing without a position', () => {
    expect(citationAnchor(citation(500, 500), text)).toEqual({ start: text.length, end: text.length });
    expect(citationAnchor(citation(-3, -3), text)).toEqual({ start: 0, end: 0 });
    expect(citationAnchor(citation(null, null), text)).toBeNull();
  });
});

describe('placeCitations', () => {
  test('gives each positioned citation to the text part it falls in, in part coordinates', () => {
    const placed = placeCitations(
      message(
        [
          { type: 'text', text: 'First.' },
          { type: 'artifact', artifactId: 'a' },
          { type: 'text', text: 'Second.' },
        ],
        [citation(3, 3), citation(null, null), citation(8, 8), citation(6, 6)],
      ),
    );
    expect(placed).toEqual([
      [{ index: 0, start: 3, end: 3 }, { index: 3, start: 6, end: 6 }],
      [],
      [{ index: 2, start: 2, end: 2 }],
    ]);
  });

  test('sends a citation ahead of the streamed text to the end of the last text part', () => {
    const placed = placeCitations(message([{ type: 'text', text: 'ab' }, { type: 'image', fileId: 'f' }], [citation(40, 40)]));
    expect(placed).toEqual([[{ index: 0, start: 2, end: 2 }], []]);
  });

  test('places nothing in a message without text', () => {
    expect(placeCitations(message([{ type: 'image', fileId: 'f' }], [citation(0, 0)]))).toEqual([[]]);
  });
});

describe('injectCitationMarkers', () => {
  test('replaces covered spans and inserts points, in order, several at one place', () => {
    const text = 'Rates【1†ecb】 rose.';
    const start = text.indexOf('【');
    const end = text.indexOf('】') + 1;
    expect(
      injectCitationMarkers(text, [
        { index: 2, start, end: start },
        { index: 0, start, end },
        { index: 1, start: text.length, end: text.length },
      ]),
    ).toBe(`Rates${p(2)}${p(0)} rose.${p(1)}`);
  });

  test('gives two citations covering the same marker one chip each', () => {
    const text = 'A【1†x】.';
    expect(injectCitationMarkers(text, [{ index: 0, start: 1, end: 6 }, { index: 1, start: 1, end: 6 }])).toBe(`A${p(0)}${p(1)}.`);
  });

  test('removes uncovered source markers, and a trailing partial one only while streaming', () => {
    expect(injectCitationMarkers('Free【4:1†ship.txt】 and fast.【4:2†x', [])).toBe('Free and fast.【4:2†x');
    expect(injectCitationMarkers('Free【4:1†ship.txt】 and fast.【4:2†x', [], { streaming: true })).toBe('Free and fast.');
  });

  test('keeps brackets that are not source markers', () => {
    expect(injectCitationMarkers('【重要】 note', [])).toBe('【重要】 note');
  });

  test('removes placeholder characters already in the text', () => {
    expect(injectCitationMarkers(`a${p(0)}b`, [{ index: 1, start: 2, end: 2 }])).toBe(`a${p(1)}b`);
  });
});

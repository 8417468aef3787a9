import { describe, expect, test } from 'vitest';
import type { Citation, MessageItem } from '@threadline/headless';
import { citationPlaceholder, injectCitationMarkers, placeCitations } from '@threadline/ui';
import type { CitationPlacement } from '@threadline/ui';
import { extendCitationMarkers } from '../src/message/extendCitationMarkers';
import type { ExtendedCitationMarkers } from '../src/message/extendCitationMarkers';

function citation(start: number | null, end: number | null): Citation {
  return { type: 'file', start, end, id: null, title: null, url: null, snippet: null, highlights: [], source: null, date: null, details: {} };
}

// ~12k characters over many lines: source markers covered by citations, stray markers no citation
// covers, sentence spans (some across a line break), points, and a private-use character.
function citedDocument(): { text: string; citations: Citation[] } {
  let text = '';
  const citations: Citation[] = [];
  for (let index = 0; text.length < 12_000; index += 1) {
    const marker = `【4:${index}†report_${index}.txt】`;
    const line = `Line ${index}: revenue grew ${index}% year over year${marker} and margins held.`;
    const markerStart = text.length + line.indexOf(marker);
    if (index % 5 !== 4) citations.push(citation(markerStart, markerStart + marker.length));
    if (index % 7 === 0) citations.push(citation(text.length, text.length + 20));
    if (index % 11 === 3) citations.push(citation(text.length + line.length - 5, text.length + line.length + 8));
    if (index % 13 === 6) citations.push(citation(text.length + 4, null));
    text += `${line}${index % 17 === 0 ? `\u{E000}` : ''}\n${index % 3 === 0 ? '\n' : ''}`;
  }
  return { text, citations };
}

function placementsOf(text: string, citations: Citation[]): readonly CitationPlacement[] {
  const message: Pick<MessageItem, 'parts' | 'citations'> = { parts: [{ type: 'text', text }], citations };
  return placeCitations(message)[0] ?? [];
}

describe('extendCitationMarkers', () => {
  test('gives what injectCitationMarkers gives for every frame of a stream, citations arriving as their text does', () => {
    const { text, citations } = citedDocument();
    let previous: ExtendedCitationMarkers | undefined;
    for (let length = 0; length <= text.length; length += 53) {
      const prefix = text.slice(0, length);
      const arrived = citations.filter((cited) => (cited.end ?? cited.start ?? 0) <= length);
      const placements = placementsOf(prefix, arrived);
      previous = extendCitationMarkers(prefix, placements, { streaming: true }, previous);
      expect(previous.text, `at ${length}`).toBe(injectCitationMarkers(prefix, placements, { streaming: true }));
    }
    expect(previous?.pieces.length).toBeGreaterThan(3);
  });

  test('redoes a settled stretch when a citation for it arrives late', () => {
    const { text, citations } = citedDocument();
    const early = extendCitationMarkers(text, placementsOf(text, []), { streaming: true });
    const placements = placementsOf(text, citations.slice(0, 3));
    const late = extendCitationMarkers(text, placements, { streaming: true }, early);
    expect(late.text).toBe(injectCitationMarkers(text, placements, { streaming: true }));
    expect(late.text).toContain(citationPlaceholder(2));
    expect(late.pieces.slice(1)).toEqual(early.pieces.slice(1));
  });

  test('starts over when the text no longer extends the previous one, or the placements come in another order', () => {
    const { text, citations } = citedDocument();
    const placements = placementsOf(text, citations);
    const before = extendCitationMarkers(text, placements);
    const edited = `Intro.\n${text}`;
    const shifted = placementsOf(edited, citations);
    expect(extendCitationMarkers(edited, shifted, {}, before).text).toBe(injectCitationMarkers(edited, shifted));
    const reversed = [...placements].reverse();
    expect(extendCitationMarkers(text, reversed, {}, before).text).toBe(injectCitationMarkers(text, reversed));
  });

  test('keeps a span across a line break whole', () => {
    const text = `${'a'.repeat(3000)}\n${'b'.repeat(3000)}\nend`;
    const placements = [{ index: 0, start: 2990, end: 3010 }];
    const first = extendCitationMarkers(text, placements);
    expect(first.text).toBe(injectCitationMarkers(text, placements));
    expect(first.pieces.some((piece) => piece.to > 2990 && piece.to < 3010)).toBe(false);
    const later = extendCitationMarkers(`${text} more`, [{ index: 0, start: 10, end: 5000 }], {}, first);
    expect(later.text).toBe(injectCitationMarkers(`${text} more`, [{ index: 0, start: 10, end: 5000 }]));
  });
});

describe('extendCitationMarkers with nothing to inject', () => {
  test('gives back the text itself', () => {
    const text = `${'Plain line of an answer.\n'.repeat(200)}and the last line`;
    const first = extendCitationMarkers(text, []);
    expect(first.text).toBe(text);
    const next = `${text} grows`;
    expect(extendCitationMarkers(next, [], { streaming: true }, first).text).toBe(next);
  });
});

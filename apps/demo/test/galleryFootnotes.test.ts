import { describe, expect, test } from 'vitest';
import type { Citation } from '@threadline/headless';
import { galleryStageState } from '../src/gallery/GalleryStage';
import { placeFootnotes } from '../src/gallery/teletype/placeFootnotes';
import { widgetLines } from '../src/gallery/teletype/widgetLines';

function cite(title: string, url: string | null, start: number | null, end: number | null = start): Citation {
  return { type: 'url', start, end, id: null, title, url, snippet: null, highlights: [], source: null, date: null, details: {} };
}

describe('placeFootnotes', () => {
  test('numbers sources in reading order and puts each marker after its span', () => {
    const text = 'One. Two. Three.';
    const { runs, footnotes } = placeFootnotes(text, [cite('B', 'https://b.example', 8, 9), cite('A', 'https://a.example', 0, 4)]);
    expect(footnotes.map((footnote) => [footnote.number, footnote.title])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
    expect(runs).toEqual([
      { text: 'One.', numbers: [1] },
      { text: ' Two.', numbers: [2] },
      { text: ' Three.', numbers: [] },
    ]);
  });

  test('keeps one number for a source cited twice and one marker per number at a point', () => {
    const { runs, footnotes } = placeFootnotes('ab', [cite('A', 'https://a.example', 1), cite('A', 'https://a.example', 1), cite('A', 'https://a.example', 2)]);
    expect(footnotes).toHaveLength(1);
    expect(runs).toEqual([
      { text: 'a', numbers: [1] },
      { text: 'b', numbers: [1] },
      { text: '', numbers: [] },
    ]);
  });

  test('numbers unpositioned sources last, without a marker, and clamps markers past the end of streamed text', () => {
    const { runs, footnotes } = placeFootnotes('Short', [cite('Later', 'https://l.example', null), cite('Far', 'https://f.example', 40)]);
    expect(footnotes.map((footnote) => footnote.title)).toEqual(['Far', 'Later']);
    expect(runs).toEqual([
      { text: 'Short', numbers: [1] },
      { text: '', numbers: [] },
    ]);
  });

  test('links only http and https sources', () => {
    const { footnotes } = placeFootnotes('x', [cite('Web', 'https://a.example', 1), cite('Script', 'javascript:alert(1)', 1), cite('Bad', 'not a url', 1), cite('None', null, 1)]);
    expect(footnotes.map((footnote) => footnote.href)).toEqual(['https://a.example', null, null, null]);
  });
});

describe('widgetLines', () => {
  test('flattens a card to a title, text, rules and one line per row, skipping spacers', () => {
    expect(
      widgetLines({
        type: 'Card',
        children: [
          { type: 'Title', value: 'Battery life' },
          { type: 'Text', value: 'Both last a day.' },
          { type: 'Divider' },
          { type: 'Row', children: [{ type: 'Badge', label: 'Pixel 10' }, { type: 'Spacer' }, { type: 'Text', value: '29 h' }] },
          { type: 'Unknown', children: [{ type: 'Text', value: 'nested' }] },
        ],
      }),
    ).toEqual([
      { kind: 'title', text: 'Battery life' },
      { kind: 'text', text: 'Both last a day.' },
      { kind: 'rule' },
      { kind: 'row', cells: ['Pixel 10', '29 h'] },
      { kind: 'text', text: 'nested' },
    ]);
  });
});

describe('galleryStageState', () => {
  test('maps thread statuses to the stage states', () => {
    expect(galleryStageState('idle', false)).toBe('idle');
    expect(galleryStageState('queued', false)).toBe('loading');
    expect(galleryStageState('running', false)).toBe('loading');
    expect(galleryStageState('complete', false)).toBe('complete');
    expect(galleryStageState('complete', true)).toBe('error');
    expect(galleryStageState('failed', false)).toBe('error');
    expect(galleryStageState('incomplete', false)).toBe('stopped');
    expect(galleryStageState('cancelled', false)).toBe('stopped');
  });
});

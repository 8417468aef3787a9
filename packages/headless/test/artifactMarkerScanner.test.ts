import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArtifactMarkerScanner, splitArtifactMarkers } from '@threadline/headless';
import type { MarkerSegment } from '@threadline/headless';
import { createBoostedMarkerScanner } from '../src/dialects/boosted/createArtifactMarkerScanner';

function scanInSlices(slices: string[]): MarkerSegment[] {
  const scanner = createArtifactMarkerScanner();
  const out: MarkerSegment[] = [];
  for (const slice of slices) out.push(...scanner.push(slice));
  out.push(...scanner.flush());
  const merged: MarkerSegment[] = [];
  for (const segment of out) {
    const last = merged[merged.length - 1];
    if (segment.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', text: last.text + segment.text };
    else merged.push(segment);
  }
  return merged;
}

function cut(text: string, offsets: number[]): string[] {
  const cuts = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  const slices: string[] = [];
  let from = 0;
  for (const at of cuts) {
    slices.push(text.slice(from, at));
    from = at;
  }
  slices.push(text.slice(from));
  return slices;
}

const marker = (id: string, tag = '') => `\`\`\`${tag}\n{"artifact_id": "${id}"}\n\`\`\``;

describe('artifact marker scanner', () => {

  it('sends a plain slice on at once, and only plain slices: one after a held backtick or inside a fence is decided first', () => {
    const scanner = createArtifactMarkerScanner();
    expect(scanner.push(' word')).toEqual([{ type: 'text', text: ' word' }]);
    expect(scanner.push('')).toEqual([]);
    expect(scanner.push(' a`')).toEqual([{ type: 'text', text: ' a' }]);
    expect(scanner.push('`')).toEqual([]);
    expect(scanner.push('`json')).toEqual([]);
    expect(scanner.push(' plain')).toEqual([{ type: 'text', text: '```json plain' }]);
    expect(scanner.push(' code')).toEqual([{ type: 'text', text: ' code' }]);
    expect(scanner.push('```')).toEqual([{ type: 'text', text: '```' }]);
    expect(scanner.push(' after')).toEqual([{ type: 'text', text: ' after' }]);
  });
  it('removes exactly the fence and keeps the newlines around it', () => {
    expect(splitArtifactMarkers(`Before\n\n${marker('a1')}\n\nAfter`)).toEqual([
      { type: 'text', text: 'Before\n\n' },
      { type: 'artifact', artifactId: 'a1' },
      { type: 'text', text: '\n\nAfter' },
    ]);
  });

  it('accepts a language tag, extra keys and a one-line fence', () => {
    expect(splitArtifactMarkers(`${marker('a', 'json')}${'```{"artifact_id":"b","kind":"chart"}```'}`)).toEqual([
      { type: 'artifact', artifactId: 'a' },
      { type: 'artifact', artifactId: 'b' },
    ]);
  });

  it('keeps fences that are not markers as text', () => {
    const texts = ['```js\nconst a = {};\n```', '```json\n{"id": 1}\n```', '```\n[{"artifact_id": "x"}]\n```', '```\n{"artifact_id": \n```', 'inline `code` and ``two``'];
    for (const text of texts) expect(splitArtifactMarkers(text)).toEqual([{ type: 'text', text }]);
  });

  it('does not treat a marker inside a code block as an artifact', () => {
    const text = '```md\nsee\n```\n' + marker('real');
    expect(splitArtifactMarkers(text)).toEqual([{ type: 'text', text: '```md\nsee\n```\n' }, { type: 'artifact', artifactId: 'real' }]);
  });

  it('releases an unterminated fence as text on flush', () => {
    expect(scanInSlices(['Text ```\n{"artifact_id": "x"'])).toEqual([{ type: 'text', text: 'Text ```\n{"artifact_id": "x"' }]);
  });

  it('streams ordinary text at once and holds only what may start a fence', () => {
    const scanner = createArtifactMarkerScanner();
    expect(scanner.push('Hello ')).toEqual([{ type: 'text', text: 'Hello ' }]);
    expect(scanner.push('world ``')).toEqual([{ type: 'text', text: 'world ' }]);
    expect(scanner.push('`python\nprint')).toEqual([{ type: 'text', text: '```python\nprint' }]);
  });

  it('finds the same segments however the text is sliced', () => {
    const piece = fc.constantFrom('text ', '\n\n', '`', '``', '```', '{', '}', '"artifact_id"', ': ', '"z"', marker('m1'), marker('m2', 'json'), '```py\nx\n```', 'é東🚀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 12 }), (pieces, offsets) => {
        const text = pieces.join('');
        expect(scanInSlices(cut(text, offsets))).toEqual(splitArtifactMarkers(text));
      }),
      { numRuns: 500 },
    );
  });

  it('loses no character: text segments plus removed markers rebuild the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '`', '{', '}', '\n', '"', 'artifact_id', ':') }), (text) => {
        const segments = splitArtifactMarkers(text);
        const rebuilt = segments.map((segment) => (segment.type === 'text' ? segment.text : '')).join('');
        const artifacts = segments.filter((segment) => segment.type === 'artifact').length;
        if (artifacts === 0) expect(rebuilt).toBe(text);
        else expect(rebuilt.length).toBeLessThan(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isPlainText', () => {
  it('is true only while a slice would pass through whole with nothing held back', () => {
    const scanner = createBoostedMarkerScanner();
    expect(scanner.isPlainText('word')).toBe(true);
    expect(scanner.isPlainText('a `tick`')).toBe(false);
    expect(scanner.push('text ``')).toEqual([{ type: 'text', text: 'text ' }]);
    expect(scanner.isPlainText('word')).toBe(false);
    expect(scanner.push('`json\n{"artifact_id": "a1"}\n```')).toEqual([{ type: 'artifact', artifactId: 'a1' }]);
    expect(scanner.isPlainText('word')).toBe(true);
    expect(scanner.push('```py\n')).toEqual([]);
    expect(scanner.isPlainText('print(1)')).toBe(false);
  });
});

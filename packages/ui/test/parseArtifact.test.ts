import { describe, expect, test } from 'vitest';
import { parseArtifact } from '@threadline/ui';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('parseArtifact', () => {
  test('falls back to json for unknown or malformed shapes', () => {
    expect(parseArtifact({ type: 'table', columns: 'nope', rows: [] }).type).toBe('json');
    expect(parseArtifact({ type: 'chart', x: { key: 'q' }, series: [], data: [] }).type).toBe('json');
    expect(parseArtifact({ type: 'map', title: 'Somewhere' })).toEqual({ type: 'json', title: 'Somewhere', value: { type: 'map', title: 'Somewhere' } });
    expect(parseArtifact({ type: 'text' }).type).toBe('json');
    expect(parseArtifact(null).type).toBe('json');
    expect(parseArtifact([1, 2]).type).toBe('json');
    expect(parseArtifact(42).type).toBe('json');
  });

  test('reads a line chart unless the artifact asks for bars', () => {
    const chart = { type: 'chart', x: { key: 'q' }, series: [{ key: 'v', label: 'Value' }], data: [{ q: 'Q1', v: 1 }] };
    expect(parseArtifact(chart)).toMatchObject({ type: 'chart', chart: 'line', x: { key: 'q', label: 'q' } });
    expect(parseArtifact({ ...chart, chart: 'bar' })).toMatchObject({ type: 'chart', chart: 'bar' });
  });

  test('reads text and markdown artifacts from content, text, markdown or body', () => {
    expect(parseArtifact({ type: 'markdown', title: 'Notes', content: '**hi**' })).toEqual({ type: 'text', title: 'Notes', format: 'markdown', text: '**hi**' });
    expect(parseArtifact({ type: 'text', text: 'a * b' })).toEqual({ type: 'text', title: null, format: 'plain', text: 'a * b' });
    expect(parseArtifact({ type: 'text', format: 'markdown', body: '# Title' })).toMatchObject({ format: 'markdown', text: '# Title' });
    expect(parseArtifact({ type: 'Markdown', markdown: '- item' })).toMatchObject({ type: 'text', format: 'markdown', text: '- item' });
    expect(parseArtifact({ mime_type: 'text/markdown', content: '_x_' })).toMatchObject({ type: 'text', format: 'markdown' });
    expect(parseArtifact({ mime_type: 'text/plain', content: 'x' })).toMatchObject({ type: 'text', format: 'plain' });
  });

  test('reads a bare string as markdown, or as the artifact it holds when it is JSON', () => {
    expect(parseArtifact('Revenue **grew**.')).toEqual({ type: 'text', title: null, format: 'markdown', text: 'Revenue **grew**.' });
    expect(parseArtifact('{"type":"text","text":"inner"}')).toMatchObject({ type: 'text', format: 'plain', text: 'inner' });
    expect(parseArtifact('[not json')).toMatchObject({ type: 'text', text: '[not json' });
  });

  test('reads image artifacts with alt text from alt, description or title', () => {
    expect(parseArtifact({ type: 'image', url: 'https://example.com/a.png', title: 'Rack', alt: 'A rack', description: 'ignored' })).toEqual({
      type: 'image',
      title: 'Rack',
      url: 'https://example.com/a.png',
      alt: 'A rack',
    });
    expect(parseArtifact({ type: 'image', src: 'https://example.com/a', title: 'Rack', description: 'A GPU rack' })).toMatchObject({ alt: 'A GPU rack' });
    expect(parseArtifact({ type: 'image', url: 'https://example.com/a', title: 'Rack' })).toMatchObject({ alt: 'Rack' });
    expect(parseArtifact({ type: 'image', url: pixel })).toMatchObject({ type: 'image', url: pixel, alt: 'Image' });
    expect(parseArtifact({ mime_type: 'image/png', data: pixel.slice('data:image/png;base64,'.length) })).toMatchObject({ type: 'image', url: pixel });
  });

  test('reads a bare image URL as an image, and other URLs as text', () => {
    expect(parseArtifact(pixel)).toMatchObject({ type: 'image', url: pixel });
    expect(parseArtifact('https://example.com/chart.webp?size=large')).toMatchObject({ type: 'image', url: 'https://example.com/chart.webp?size=large' });
    expect(parseArtifact('https://example.com/report')).toMatchObject({ type: 'text' });
  });

  test('never reads an unsafe image address as an image', () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'data:text/html;base64,PGgxPg==', '/relative.png', 'ftp://example.com/a.png', ' JaVaScRiPt:alert(1)']) {
      expect(parseArtifact({ type: 'image', url }).type).toBe('json');
      expect(parseArtifact(url).type).not.toBe('image');
    }
  });

  test('keeps a __proto__ cell as a cell, never as the row\'s prototype', () => {
    const table = parseArtifact(JSON.parse('{"type":"table","columns":[{"key":"__proto__"},{"key":"name"}],"rows":[{"__proto__":null,"name":"a"},{"__proto__":{"x":1},"name":"b"}]}'));
    if (table.type !== 'table') throw new Error(`expected a table, got ${table.type}`);
    expect(table.rows.map((row) => Object.getPrototypeOf(row))).toEqual([Object.prototype, Object.prototype]);
    expect(table.rows.map((row) => Object.getOwnPropertyDescriptor(row, '__proto__')?.value)).toEqual([null, '{"x":1}']);
  });

  test('reads a missing cell of a column keyed like an Object member as empty, not as the inherited member', () => {
    const table = parseArtifact({ type: 'table', columns: [{ key: 'constructor' }, { key: 'toString' }], rows: [{}] });
    if (table.type !== 'table') throw new Error(`expected a table, got ${table.type}`);
    expect(table.rows[0]?.constructor).toBeNull();
    expect(table.rows[0]?.toString).toBeNull();
    const chart = parseArtifact({ type: 'chart', x: { key: 'constructor' }, series: [{ key: 'valueOf' }], data: [{}] });
    if (chart.type !== 'chart') throw new Error(`expected a chart, got ${chart.type}`);
    expect(chart.data[0]).toEqual({ constructor: null, valueOf: null });
  });
});

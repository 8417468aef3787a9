import fc from 'fast-check';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { describe, expect, test, vi } from 'vitest';
import { parseMarkdownTree } from '../src/internal/parseMarkdownTree';
import { extendMarkdownTree } from '../src/markdown/extendMarkdownTree';
import type { ParsedMarkdown } from '../src/markdown/extendMarkdownTree';
import { extendTableOrList } from '../src/markdown/extendTableOrList';
import { healStreamingMarkdown } from '../src/markdown/healStreamingMarkdown';
import { toMarkdownHast } from '../src/markdown/toMarkdownHast';
import type { Root } from 'mdast';

// Spied on, to see which sources an extension parses; it parses as before.
vi.mock('../src/internal/parseMarkdownTree', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown> & { parseMarkdownTree: typeof parseMarkdownTree }>();
  return { ...original, parseMarkdownTree: vi.fn(original.parseMarkdownTree) };
});

function html(tree: Root): string {
  const hast = toMarkdownHast(tree, []);
  return renderToStaticMarkup(toJsxRuntime(hast, { Fragment, jsx, jsxs, passKeys: true, passNode: true, ignoreInvalidStyle: true }));
}

function extend(previous: string, source: string): Root | undefined {
  return extendTableOrList({ source: previous, tree: parseMarkdownTree(previous) }, source);
}

const table = '| Region | Growth |\n| --- | ---: |\n';
const list = '- **North America**: grew 6%.\n';

// Cells and items: mostly words, and what can change a row or an item, or end the block.
const inline = ['word', 'other', ' ', ' ', '12.5%', '**bold**', '**', '*', '_', '`', '`code`', '[', '](', '[link](https://x.example/)', '\\|', '\\', '&amp;', 'www.x.com', '~~', '😀', '[x]: /u', '[^1]'];
const cells = fc.array(fc.constantFrom(...inline), { maxLength: 6 }).map((pieces) => pieces.join(''));
const row = fc.array(cells, { minLength: 1, maxLength: 4 }).map((values) => `| ${values.join(' | ')} |`);
const openers = ['- ', '- ', '- ', '* ', '1. ', '2) ', '-'];
const item = fc.tuple(fc.constantFrom(...openers), cells).map(([opener, text]) => opener + text);
// Lines that are neither: they continue an item, end the block or start another.
const other = fc.constantFrom('', '  continued', 'lazy words', '---', '- - -', '***', '> quote', '    code', '# heading', 'a | b', '|', '| :-- |');
const line = (main: fc.Arbitrary<string>) => fc.oneof({ arbitrary: main, weight: 8 }, { arbitrary: other, weight: 1 });

// A block and the lengths it streams at.
const blocks = fc.oneof(
  fc.record({ start: fc.constant(table), lines: fc.array(line(row), { minLength: 1, maxLength: 12 }) }),
  fc.record({ start: fc.constantFrom(list, '1. first\n'), lines: fc.array(line(item), { minLength: 1, maxLength: 12 }) }),
);
const streams = fc.record({ block: blocks, steps: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 40 }) }).map(({ block: { start, lines }, steps }) => {
  const text = start + lines.join('\n');
  const lengths: number[] = [];
  for (let length = start.length, index = 0; length < text.length; index += 1) {
    length = Math.min(text.length, length + (steps[index % steps.length] ?? 1));
    lengths.push(length);
  }
  return { text, lengths };
});

describe('extendTableOrList', () => {
  test('gives the tree and the rendered HTML that parsing gives, over random healed frames', () => {
    let extended = 0;
    let frames = 0;
    fc.assert(
      fc.property(streams, ({ text, lengths }) => {
        let previous: ParsedMarkdown | undefined;
        for (const length of lengths) {
          // As `MarkdownText` renders a streaming block: healed, its tree built from the last one.
          const source = healStreamingMarkdown(text.slice(0, length));
          if (previous?.source === source) continue;
          frames += 1;
          const tree = extendTableOrList(previous, source);
          const parsed = parseMarkdownTree(source);
          if (tree) {
            extended += 1;
            expect(tree, `${JSON.stringify(previous?.source)} → ${JSON.stringify(source)}`).toStrictEqual(parsed);
            expect(html(tree)).toBe(html(parsed));
          }
          previous = { source, tree: tree ?? extendMarkdownTree(previous, source) ?? parsed };
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
    // The property says something only if the fast path runs on a good share of frames.
    expect(extended / frames).toBeGreaterThan(0.05);
  });

  test('extends a table by rows and a list by items, parsing only the last lines', () => {
    for (const [previous, source] of [
      [`${table}| Japan | 1.2% |\n| India | 9.`, `${table}| Japan | 1.2% |\n| India | 9.9% |\n| Chi`],
      [`${table}| Japan | 1.2% |\n| India | 9.9% |`, `${table}| Japan | 1.2% |\n| India | 9.9% |\n`],
      [`${table}| Japan | 1.2% |\n| India | **9.**`, `${table}| Japan | 1.2% |\n| India | **9.9%** |\n| Chi`],
      [`${list}- **Eur**`, `${list}- **Europe**: grew 3%.\n- **Japan**: grew`],
      [`${list}- **Europe**: grew 3%.\n`, `${list}- **Europe**: grew 3%.\n- `],
      ['1. one\n2. tw', '1. one\n2. two\n3. three\n'],
      ['* one\n* tw', '* one\n* two\n* [ ] a task'],
      [`${list}- **Eur**`, `${list}- **Europe**: grew 3%.\n\n`],
      [`${table}| Japan | 1.2% |\n| India |`, `${table}| Japan | 1.2% |\n| India | 9.9% |\n \n`],
    ] as const) {
      const earlier = { source: previous, tree: parseMarkdownTree(previous) };
      const parse = vi.mocked(parseMarkdownTree);
      parse.mockClear();
      const tree = extendTableOrList(earlier, source);
      // The block's first row (after the header) or item is kept, never parsed again.
      const firstLine = source.slice(0, source.indexOf('\n', source.startsWith('|') ? table.length : 0));
      expect(parse.mock.calls.map(([parsed]) => parsed).filter((parsed) => parsed.includes(firstLine)), source).toEqual([]);
      expect(tree, source).toStrictEqual(parseMarkdownTree(source));
    }
  });

  test('leaves to the parser what may change the block or an earlier line', () => {
    for (const [previous, source] of [
      [`${table}| Japan |`, `${table}| Japan |\n\nAfter the table.`],
      [`${table}| Japan |`, `${table}| Japan |\nJapan | 1.2%`],
      [`${table}| Japan |`, `| Region | Growth |\n| --- | --- |\n| Japan |\n| India |`],
      [`${list}- **Eur**`, `${list}- **Europe**\n  continued`],
      [`${list}- **Eur**`, `${list}- **Europe**\n\n- **Japan**`],
      [`${list}- **Eur**`, `${list}- **Europe**\n* **Japan**`],
      [`${list}- **Eur**`, `${list}- - -`],
      [`${list}- **Eur**`, `${list}- [x]: /u`],
      ['1. one\n2. tw', '1. one\n2) two'],
      ['- one\n  continued', '- one\n  continued\n- two'],
      ['Intro.\n- one', 'Intro.\n- one\n- two'],
      ['- one', '- one\n- two'],
    ] as const) {
      expect(extend(previous, source), source).toBeUndefined();
    }
  });

  test('leaves the earlier tree and the parser’s shared trees as they were', () => {
    const previous = `${table}| Japan | 1.2% |\n| India | 9.`;
    const tree = parseMarkdownTree(previous);
    const before = structuredClone(tree);
    const tail = `${table}| India | 9.9% |`;
    const tailTree = structuredClone(parseMarkdownTree(tail));
    expect(extendTableOrList({ source: previous, tree }, `${table}| Japan | 1.2% |\n| India | 9.9% |`)).toBeDefined();
    expect(tree).toStrictEqual(before);
    expect(parseMarkdownTree(tail)).toStrictEqual(tailTree);
  });
});

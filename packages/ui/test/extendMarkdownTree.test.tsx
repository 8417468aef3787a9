import fc from 'fast-check';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { describe, expect, test } from 'vitest';
import { parseMarkdownTree } from '../src/internal/parseMarkdownTree';
import { extendMarkdownTree } from '../src/markdown/extendMarkdownTree';
import { toMarkdownHast } from '../src/markdown/toMarkdownHast';
import type { Root } from 'mdast';

function html(tree: Root): string {
  const hast = toMarkdownHast(tree, []);
  return renderToStaticMarkup(toJsxRuntime(hast, { Fragment, jsx, jsxs, passKeys: true, passNode: true, ignoreInvalidStyle: true }));
}

function extend(previous: string, source: string): Root | undefined {
  return extendMarkdownTree({ source: previous, tree: parseMarkdownTree(previous) }, source);
}

// Mostly words and spaces, as a streaming answer is, and every character that can start, end or
// change a block or an inline construct.
const plain = ['word', 'other', 'x', 'www', 'http', 'bob', 'amp', 'Q3', '2', '😀', 'é', '\uE000', ' ', ' ', '  ', '\t', '.', ',', ':', ';', '!', '?', "'", '"', '/', '%', '+', '-', '='];
const syntax = [
  '\n', '\n', '\n\n', '\u00a0', '1', '```ts\n', '~~~\n', '\n```\n', '  ```\n', '\n    ', '*', '**', '_', '__', '`', '```', '~', '~~', '[', ']', '](', '(', ')', '&amp', '&', '#', '# ', '## ',
  'www.', 'http://', '://', '@', '|', '\\', '<', '>', '<b>', '> ', '- ', '* ', '1. ', '2) ', '    ', '[x]: /u', ']:', '- [ ] ',
];
const closed = ['**bold**', '*em*', '_em_', '`code`', '~~gone~~', '[link](https://x.example/)', '![image](https://x.example/i.png)', '<https://x.example>'];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...plain), weight: 4 },
  { arbitrary: fc.constantFrom(...closed), weight: 1 },
  { arbitrary: fc.constantFrom(...syntax), weight: 1 },
);

// A text and the lengths it streams at: after some pieces, and at random points within them.
const streams = fc
  .record({
    pieces: fc.array(fc.tuple(piece, fc.boolean()), { minLength: 1, maxLength: 60 }),
    steps: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 60 }),
  })
  .map(({ pieces: chosen, steps }) => {
    const text = chosen.map(([value]) => value).join('');
    const cuts = new Set<number>();
    let length = 0;
    for (const [value, cutAfter] of chosen) {
      length += value.length;
      if (cutAfter) cuts.add(length);
    }
    length = 0;
    for (const step of steps) cuts.add(Math.min(text.length, (length += step)));
    return { text, lengths: [...cuts].sort((a, b) => a - b) };
  });

describe('extendMarkdownTree', () => {
  test('gives the tree and the rendered HTML that parsing gives, over random appends', () => {
    let extended = 0;
    let frames = 0;
    fc.assert(
      fc.property(streams, ({ text, lengths }) => {
        let previous = '';
        for (const length of lengths) {
          const source = text.slice(0, length);
          const tree = previous ? extend(previous, source) : undefined;
          frames += 1;
          if (tree) {
            extended += 1;
            const parsed = parseMarkdownTree(source);
            expect(tree, `${JSON.stringify(previous)} + ${JSON.stringify(source.slice(previous.length))}`).toStrictEqual(parsed);
            expect(html(tree)).toBe(html(parsed));
          }
          previous = source;
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
    // The property says something only if the fast path runs on a good share of frames.
    expect(extended / frames).toBeGreaterThan(0.05);
  });

  test('extends paragraphs, list items, quotes and headings by plain words, and code by its last line', () => {
    for (const [previous, appended] of [
      ['Revenue grew', ' 66% year over year, see'],
      ['Revenue **grew** by', ' 66%'],
      ['- first\n- second item', ' continued'],
      ['> quoted\nlazily', ' continued'],
      ['> 1. nested', ' item'],
      ['## Heading', ' words'],
      ['trailing spaces   ', 'then words'],
      ['a word', ' then spaces  '],
      ['Revenue grew **66%**', ' as demand rose'],
      ['see [the filing](https://www.sec.gov/)', ' for detail'],
      ['call `total()`  ', ' to sum'],
      ['A finished paragraph', ' ends here.\n\n'],
      ['## A heading  ', '\n\n'],
      ['```ts\nconst answer', ' = 42; // *not* [markdown]'],
      ['- item\n\n  ~~~\n  code', ' `more` code'],
    ] as const) {
      const source = previous + appended;
      expect(extend(previous, source), source).toStrictEqual(parseMarkdownTree(source));
    }
  });

  test('leaves to the parser what an append can change', () => {
    for (const [previous, appended] of [
      ['see www', '.example.com'],
      ['see http:', '//example.com'],
      ['see http:\\/', '/example.com'],
      ['mail bob', '.x@example.com'],
      ['AT&amp', 'x'],
      ['a *b', ' c*'],
      ['*a**', 'b'],
      ['**bold**', 'er'],
      ['[link](https://x.example/)', 'more'],
      ['escaped \\', 'x'],
      ['text\n1', '. item'],
      ['text\n', 'more'],
      ['# title ', '#'],
      ['[a]: /u\n"title', ' words'],
      ['paragraph', '\nnext line'],
      ['> quoted', '\n\n'],
      ['- item', ' ends\n\n'],
      ['a | b', ' | c'],
      ['```t', 's'],
      ['```\ncode\n``', '`'],
      ['```\ncode', '\n```'],
    ] as const) {
      expect(extend(previous, previous + appended), previous + appended).toBeUndefined();
    }
  });

  test('leaves the earlier tree as it was', () => {
    const previous = '> - an item with *emphasis* and words';
    const tree = parseMarkdownTree(previous);
    const before = structuredClone(tree);
    extendMarkdownTree({ source: previous, tree }, `${previous} and more`);
    expect(tree).toStrictEqual(before);
  });
});

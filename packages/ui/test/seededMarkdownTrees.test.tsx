// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLongReport } from '@threadline/simulator';
import { MarkdownText } from '@threadline/ui';
import { parseMarkdownTree, seedMarkdownTrees } from '../src/internal/parseMarkdownTree';
import { splitMarkdownBlocks } from '../src/markdown/splitMarkdownBlocks';

// Spied on, to count real parses (a tree handed over by the split, or a cached one, is none).
vi.mock('mdast-util-from-markdown', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown> & { fromMarkdown: typeof fromMarkdown }>();
  return { ...original, fromMarkdown: vi.fn(original.fromMarkdown) };
});

afterEach(cleanup);

function countParses(run: () => void): number {
  const parse = vi.mocked(fromMarkdown);
  parse.mockClear();
  run();
  return parse.mock.calls.length;
}

/** Each block's tree right after `text` is split, beside the tree parsing the block alone gives. */
function blockTrees(text: string) {
  const { blocks } = splitMarkdownBlocks(text);
  const handed = blocks.map((block) => parseMarkdownTree(block));
  seedMarkdownTrees([]);
  return blocks.map((block, index) => ({ block, handed: handed[index], alone: parseMarkdownTree(block) }));
}

const report = [
  '# Quarterly results',
  '',
  'Revenue grew **66% year over year**, see [the filing](https://www.sec.gov/).',
  '',
  '## By region',
  '### Europe',
  '',
  '| Quarter | Revenue |',
  '| --- | ---: |',
  '| Q3 | 51.2 |',
  '',
  '- **Europe**: up 3.8%',
  '- **Asia**: up 6.1%',
  '',
  'Setext heading',
  '===',
  '',
  '> A quote',
  '> that goes on.',
  '',
  '1. first',
  '2. second',
  '',
  '---',
  '',
  'The end.',
].join('\n');

describe('blocks a split parsed together', () => {
  test('render without parsing again: a whole text parses once', () => {
    expect(countParses(() => render(<MarkdownText text={report} />))).toBe(1);
  });

  test('render without parsing again when a streamed paragraph ends and the next blocks begin', () => {
    const start = 'Revenue grew **66%** over the year';
    const view = render(<MarkdownText text={start} streaming />);
    // Only what follows the ended paragraph is parsed, once, for its three blocks.
    expect(countParses(() => view.rerender(<MarkdownText text={`${start}.\n\n## Europe\n\nSales rose.\n\nAsia`} streaming />))).toBe(1);
  });

  test('get the tree parsing each block alone gives, positions included', () => {
    for (const text of [report, createLongReport()]) {
      for (const { block, handed, alone } of blockTrees(text)) expect(handed, block).toEqual(alone);
    }
  });

  test('get the tree parsing each block alone gives, for random texts', () => {
    const pieces = [
      'word', ' ', 'x', '1', '\n', '\n', '\n\n', '\n\n', '- ', '* ', '1. ', '2) ', '> ', '# ', '### ', '  ', '    ', '\t', '-', '=', '*', '_', '`',
      '```', '~~~', '|', ':', '[', ']', '](u)', ']:', '[^', '<', '<div>', '-->', '<!--', '**', '---', '| a |', '| --- |', '\n- ', '\n1. ', '\n| ', '\n    ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (chosen) => {
        const text = chosen.join('');
        for (const { block, handed, alone } of blockTrees(text)) expect(handed, JSON.stringify([text, block])).toEqual(alone);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  });
});

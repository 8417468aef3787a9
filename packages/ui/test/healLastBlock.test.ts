import { describe, expect, test } from 'vitest';
import { healStreamingMarkdown } from '@threadline/ui';
import { healLastBlock } from '../src/markdown/healLastBlock';
import { splitMarkdownBlocks } from '../src/markdown/splitMarkdownBlocks';
import type { MarkdownBlocks } from '../src/markdown/splitMarkdownBlocks';

const document = [
  '# Quarterly results',
  '',
  'Revenue grew **66% year over year**, see [the filing](https://www.sec.gov/) and ~~old guidance~~.',
  '',
  '- Data centre revenue rose',
  '- Gaming was flat',
  '  1. nested detail with `inline code`',
  '',
  '| Quarter | Revenue |',
  '| --- | ---: |',
  '| Q3 FY26 | 51.2 |',
  '',
  '```ts',
  'const answer = 42;',
  '```',
  '',
  '> Guidance assumes steady supply.',
  '',
  '    indented code',
  '',
  'Intro',
  '-',
  'Call `total()` to sum [x](https://example.com/a_(b)).',
].join('\n');

describe('healLastBlock', () => {
  test('heals every prefix of a document as healing the whole text would', () => {
    let split: MarkdownBlocks | undefined;
    for (let length = 0; length <= document.length; length += 1) {
      const prefix = document.slice(0, length);
      split = splitMarkdownBlocks(prefix, split);
      const healed = healLastBlock(split.blocks);
      // A last block of only spaces is left out, which renders the same as keeping it.
      expect(healed.join('').trimEnd(), JSON.stringify(prefix.slice(-30))).toBe(healStreamingMarkdown(prefix).trimEnd());
      expect(healed.slice(0, -1)).toEqual(split.blocks.slice(0, healed.length - 1));
    }
  });

  test('leaves settled blocks as written: a stray bracket or asterisk there is not healed at the end', () => {
    const blocks = splitMarkdownBlocks('See [1 here.\n\nA paragraph\n***\n\nSome text').blocks;
    expect(healLastBlock(blocks)).toEqual(['See [1 here.\n\n', 'A paragraph\n', '***\n\n', 'Some text']);
  });

  test('leaves out a last block that heals to nothing, so the caret ends the block before', () => {
    expect(healLastBlock(['Intro.\n\n', '- '])).toEqual(['Intro.\n\n']);
    expect(healLastBlock(['Intro.\n\n', '```'])).toEqual(['Intro.\n\n']);
    expect(healLastBlock(['Intro.\n\n', '**'])).toEqual(['Intro.\n\n']);
    expect(healLastBlock(['**'])).toEqual(['']);
  });

  test('keeps the array when the last block needs no healing', () => {
    const blocks = ['Intro.\n\n', 'Done.'];
    expect(healLastBlock(blocks)).toBe(blocks);
  });
});

import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { parseMarkdownTree } from '../src/internal/parseMarkdownTree';

// The parse with every GFM extension and transform, as react-markdown with remark-gfm does it.
const parseWithGfm = (markdown: string) => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe('parseMarkdownTree', () => {
  test.each([
    'see www.example.com today',
    'write to ada@example.com',
    'read https://example.com/a?b=c.',
    'an escaped one: http:\\/\\/example.com/x',
    'an escaped one: www\\.example.com',
    'a referenced one: ada&#64;example.com',
    'plain words, no link at all.',
  ])('finds the autolink literals react-markdown with remark-gfm finds: %s', (markdown) => {
    expect(parseMarkdownTree(markdown)).toEqual(parseWithGfm(markdown));
  });

  test('gives the tree of a parse with all of GFM for any text, with or without literals in it', () => {
    const piece = fc.constantFrom('www', '.', 'http', 's', ':', '/', '\\', '@', '&#64;', '&amp;', 'mailto:', 'xmpp:', 'ada', 'co', ' ', '\n', '*', '_', '[', ']', '(', ')', '<', '>', '`', '~');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const markdown = pieces.join('');
        expect(parseMarkdownTree(markdown)).toEqual(parseWithGfm(markdown));
      }),
      { numRuns: 3000 },
    );
  });
});

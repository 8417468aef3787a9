import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { parseMarkdownTree } from '../src/internal/parseMarkdownTree';
import { healStreamingMarkdown } from '../src/markdown/healStreamingMarkdown';
import { splitMarkdownBlocks } from '../src/markdown/splitMarkdownBlocks';
import type { MarkdownBlocks } from '../src/markdown/splitMarkdownBlocks';

// Spied on, to see which sources a split parses; it parses as before.
vi.mock('../src/internal/parseMarkdownTree', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown> & { parseMarkdownTree: typeof parseMarkdownTree }>();
  return { ...original, parseMarkdownTree: vi.fn(original.parseMarkdownTree) };
});

/** The sources `run` has the split parse. */
function parsedSources(run: () => void): string[] {
  const parse = vi.mocked(parseMarkdownTree);
  parse.mockClear();
  run();
  return parse.mock.calls.map(([source]) => source);
}

const document = [
  '# Quarterly results',
  '',
  'Revenue grew **66% year over year**.',
  '',
  '- first item',
  '',
  '- second item',
  '  continued in the item',
  '',
  '| Quarter | Revenue |',
  '| --- | ---: |',
  '| Q3 FY26 | 51.2 |',
  '',
  '```ts',
  'const answer = 42;',
  '',
  'const other = 7;',
  '```',
  '',
  '> quoted',
  'lazily continued',
  '',
  'A paragraph',
  '***',
  '',
  '    indented code',
  '',
  'Call `total()` to sum.',
].join('\n');

describe('splitMarkdownBlocks', () => {
  test('cuts at top-level blocks whose sources join back into the text', () => {
    const { blocks } = splitMarkdownBlocks(document);
    expect(blocks.join('')).toBe(document);
    expect(blocks.map((block) => block.trimEnd())).toEqual([
      '# Quarterly results',
      'Revenue grew **66% year over year**.',
      '- first item\n\n- second item\n  continued in the item',
      '| Quarter | Revenue |\n| --- | ---: |\n| Q3 FY26 | 51.2 |',
      '```ts\nconst answer = 42;\n\nconst other = 7;\n```',
      '> quoted\nlazily continued',
      'A paragraph',
      '***',
      '    indented code',
      'Call `total()` to sum.',
    ]);
  });

  test('keeps a code fence with blank lines in it one block, even before it closes', () => {
    const fence = '```py\na = 1\n\n\nb = 2\n';
    expect(splitMarkdownBlocks(fence).blocks).toEqual([fence]);
    expect(splitMarkdownBlocks(`${fence}\`\`\`\n\nAfter.`).blocks).toEqual([`${fence}\`\`\`\n\n`, 'After.']);
  });

  test('keeps a list with blank lines between its items one block', () => {
    const list = '1. one\n\n2. two\n\n   more of two\n\n3. three';
    expect(splitMarkdownBlocks(list).blocks).toEqual([list]);
  });

  test('keeps a table one block', () => {
    const table = '| a | b |\n| - | - |\n| 1 | 2 |\n| 3 | 4 |';
    expect(splitMarkdownBlocks(`Intro.\n\n${table}`).blocks).toEqual(['Intro.\n\n', table]);
  });

  test('keeps a text with a link reference definition or a footnote one block', () => {
    expect(splitMarkdownBlocks('See [x].\n\n[x]: https://example.com').blocks).toHaveLength(1);
    expect(splitMarkdownBlocks('See [x].\n\n> [x]: https://example.com').blocks).toHaveLength(1);
    expect(splitMarkdownBlocks('A claim.[^1]\n\n[^1]: The source.').blocks).toHaveLength(1);
  });

  test('gives the empty text one empty block', () => {
    expect(splitMarkdownBlocks('').blocks).toEqual(['']);
  });

  test('appending to the last block never changes earlier boundaries', () => {
    let previous: MarkdownBlocks | undefined;
    for (let length = 1; length <= document.length; length += 1) {
      const prefix = document.slice(0, length);
      const split = splitMarkdownBlocks(prefix, previous);
      if (previous) {
        const settled = previous.starts.slice(0, -1);
        expect(split.starts.slice(0, settled.length), JSON.stringify(prefix.slice(-20))).toEqual(settled);
      }
      previous = split;
    }
  });

  test('splits a growing text from its previous split exactly as it would from scratch', () => {
    let raw: MarkdownBlocks | undefined;
    let healed: MarkdownBlocks | undefined;
    for (let length = 1; length <= document.length; length += 1) {
      const prefix = document.slice(0, length);
      raw = splitMarkdownBlocks(prefix, raw);
      expect(raw.starts, JSON.stringify(prefix.slice(-20))).toEqual(splitMarkdownBlocks(prefix).starts);
      const source = healStreamingMarkdown(prefix);
      healed = splitMarkdownBlocks(source, healed);
      expect(healed.starts, JSON.stringify(source.slice(-20))).toEqual(splitMarkdownBlocks(source).starts);
    }
  });

  test('re-parses the line that turns a thematic break back into paragraph text', () => {
    const before = splitMarkdownBlocks('Intro.\n\nA paragraph\n***');
    expect(before.blocks).toEqual(['Intro.\n\n', 'A paragraph\n', '***']);
    expect(splitMarkdownBlocks('Intro.\n\nA paragraph\n***x', before).blocks).toEqual(['Intro.\n\n', 'A paragraph\n***x']);
  });

  test('splits from scratch when the text does not extend the previous one', () => {
    const before = splitMarkdownBlocks('One.\n\nTwo.\n\nThree.');
    expect(splitMarkdownBlocks('# One\n\nTwo.\n\nThree, more.', before).blocks).toEqual(['# One\n\n', 'Two.\n\n', 'Three, more.']);
  });
});

describe('splitMarkdownBlocks on a text streaming in frames', () => {
  const tricky = [
    'Revenue grew **66%** in a long paragraph line that goes on, with `code` and [a link](https://example.com) inside.',
    'A second line of the same paragraph | with a pipe',
    '--- | ---',
    'a | b',
    '',
    '1. one',
    '',
    '1. two, the same loose list',
    '',
    'Plain words, then a footnote reference[^1] mid-line, which joins everything.',
    '',
    'Setext heading',
    '===',
    'para',
    '- item interrupting it',
    '***',
    '***x',
    'table or not',
    '| a |',
    '| -x',
    '',
    '<!-- a comment',
    '',
    'still in it -->',
    '',
    '```js',
    'const inFence = 1; // ``` not a close',
    '  indented line',
    '```',
    'after the fence',
    '> quote',
    'lazy line',
    '',
    '1. first of a list',
    '',
    '2. joins the list late, from "2" on its own',
    '',
    '- bullet',
    '',
    '-x not an item',
    '',
    '- bullet again',
    '',
    '  continued by indent',
    '',
    '    indented code',
    '',
    '    still the same code',
    '',
    '<!-- open comment',
    '',
    'inside it -->',
    '',
    '```',
    'fence with',
    '',
    'a blank line',
    '```',
    '',
    '   10) ordered, indented',
    '',
    'Windows\r\nline\r\n- ends',
    '',
  ].join('\n');

  // How a streamed report moves on from its headings, lists and tables.
  const report = [
    '## 1. Software',
    '',
    'Revenue grew.',
    '',
    '### Regional picture',
    '',
    '- **North America**: grew 6%.',
    '- **Europe**: grew 3%.',
    '',
    '| Region | Growth |',
    '| --- | ---: |',
    '| Japan | 1.2% |',
    '| India | 9.9% |',
    '',
    '### Demand',
    'Demand held up.',
    '1. one',
    '2. two',
    '',
    '',
    '- - -',
    '',
    '* item',
    '',
    '  more of the item',
    '',
    '| a |',
    '| - |',
    '',
    '    code after a table',
  ].join('\n');

  // Frame sizes from a fixed pseudo-random sequence, 1 to 60 characters; seed 0 is one at a time.
  function frameSizes(seed: number): () => number {
    if (seed === 0) return () => 1;
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return 1 + (state % 60);
    };
  }

  test.each([0, 1, 2, 3])('splits every frame exactly as from scratch (frame sizes seed %i)', (seed) => {
    for (const text of [document, tricky, tricky.replace('[^1]', ''), report]) {
      const next = frameSizes(seed);
      let previous: MarkdownBlocks | undefined;
      for (let length = 0; length < text.length; ) {
        length = Math.min(text.length, length + next());
        const prefix = text.slice(0, length);
        previous = splitMarkdownBlocks(prefix, previous);
        const scratch = splitMarkdownBlocks(prefix);
        expect(previous.starts, JSON.stringify(prefix.slice(-30))).toEqual(scratch.starts);
        expect(previous.blocks).toEqual(scratch.blocks);
      }
    }
  });

  test('parses again the block after an indented code block, which the code block can still change', () => {
    // After indented code and a blank line, micromark reads `*` and the next line as one paragraph;
    // on its own, `*\nw` is an empty list item and a paragraph.
    const text = '    word\n\n*\nw';
    let previous: MarkdownBlocks | undefined;
    for (let length = 1; length <= text.length; length += 1) {
      previous = splitMarkdownBlocks(text.slice(0, length), previous);
      expect(previous.blocks, JSON.stringify(text.slice(0, length))).toEqual(splitMarkdownBlocks(text.slice(0, length)).blocks);
    }
    expect(previous?.blocks).toEqual(['    word\n\n', '*\nw']);
  });

  test.each([
    ['a list item that interrupts a paragraph', 'word\n* 2) \n --'],
    ['a list after indented code', '\tword\n\n1. \n1. | '],
    ['indented code after an empty list item', '\n- \n\n    word\n    word\n'],
    ['a thematic break that becomes an item of the list before it', '\n- \n\n\n-  --- |'],
    ['emphasis that becomes a link reference definition', 'word\n1. **[word]:'],
  ])('splits %s, one character a frame, as from scratch', (_, text) => {
    let previous: MarkdownBlocks | undefined;
    for (let length = 1; length <= text.length; length += 1) {
      const prefix = text.slice(0, length);
      previous = splitMarkdownBlocks(prefix, previous);
      expect(previous.starts, JSON.stringify(prefix)).toEqual(splitMarkdownBlocks(prefix).starts);
    }
  });

  test('parses nothing while rows extend a table or items a list', () => {
    const table = splitMarkdownBlocks('Intro.\n\n| a | b |\n| --- | --- |\n| 1 | 2');
    const longer = splitMarkdownBlocks('Intro.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n| 5', table);
    expect(longer.starts).toBe(table.starts);
    expect(longer.blocks).toEqual(['Intro.\n\n', '| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n| 5']);

    const list = splitMarkdownBlocks('Intro.\n\n- **North America**: grew');
    const more = splitMarkdownBlocks('Intro.\n\n- **North America**: grew 6%.\n- **Europe**: grew 3%.\n- **Japan', list);
    expect(more.starts).toBe(list.starts);
    // Another marker starts another list, and is parsed.
    const other = splitMarkdownBlocks('Intro.\n\n- **North America**: grew 6%.\n* **Europe**', list);
    expect(other.blocks).toEqual(['Intro.\n\n', '- **North America**: grew 6%.\n', '* **Europe**']);
  });

  /** Splits `Intro.` + `open` + `appended` from the split without `appended`: what it parses, and whether it splits as from scratch. */
  function appendTo(open: string, appended: string): { parsed: string[]; asFromScratch: boolean } {
    const before = splitMarkdownBlocks(`Intro.\n\n${open}`);
    const text = `Intro.\n\n${open}${appended}`;
    let after: MarkdownBlocks | undefined;
    const parsed = parsedSources(() => (after = splitMarkdownBlocks(text, before)));
    return { parsed, asFromScratch: JSON.stringify(after?.blocks) === JSON.stringify(splitMarkdownBlocks(text).blocks) };
  }

  test.each([
    ['a table', '| a | b |\n| --- | --- |\n| 1 | 2', ' |\n| 3 | 4 |\n\n## Next\n\nWords', '## Next\n\nWords'],
    ['a list', '- **North America**: grew', ' 6%.\n- **Europe**: grew 3%.\n\n| Region | Growth |', '| Region | Growth |'],
    ['an ordered list', '1. **North America**: grew', ' 6%.\n2. **Europe**\n\n\nAfter it.', 'After it.'],
  ])('parses only what follows when whole rows or items and a blank line end %s', (_, open, appended, rest) => {
    expect(appendTo(open, appended)).toEqual({ parsed: [rest], asFromScratch: true });
  });

  test.each([
    ['another item', ' 6%.\n\n- **Europe**'],
    ['indented content', ' 6%.\n\n  More of it.'],
    ['what may become an item', ' 6%.\n\n- - -'],
  ])('parses a list again when what follows its blank line is %s', (_, appended) => {
    const open = '- **North America**: grew';
    const { parsed, asFromScratch } = appendTo(open, appended);
    expect(parsed.some((source) => source.includes(`${open}${appended}`))).toBe(true);
    expect(asFromScratch).toBe(true);
  });

  test('parses what follows an ATX heading without the heading', () => {
    const before = splitMarkdownBlocks('Intro.\n\n### Regional picture\n1');
    expect(before.blocks).toEqual(['Intro.\n\n', '### Regional picture\n', '1']);
    const text = 'Intro.\n\n### Regional picture\n1. **North America**';
    expect(parsedSources(() => splitMarkdownBlocks(text, before))).toEqual(['1. **North America**']);
    const table = 'Intro.\n\n### Figures\n| a |\n| -';
    const tableBefore = splitMarkdownBlocks(table);
    expect(parsedSources(() => splitMarkdownBlocks(`${table}-- |`, tableBefore))).toEqual(['| a |\n| --- |']);
  });

  test('parses again a table whose delimiter row was still growing', () => {
    // A table may interrupt a paragraph; once its delimiter row is none, the lines join the paragraph.
    const table = splitMarkdownBlocks('Intro.\n| a |\n| -');
    expect(table.blocks).toEqual(['Intro.\n', '| a |\n| -']);
    expect(splitMarkdownBlocks('Intro.\n| a |\n| -x', table).blocks).toEqual(['Intro.\n| a |\n| -x']);
  });

  test('parses nothing while plain text extends a plain line', () => {
    const before = splitMarkdownBlocks('# Title\n\nRevenue grew');
    const after = splitMarkdownBlocks('# Title\n\nRevenue grew 66% **year', before);
    expect(after.starts).toBe(before.starts);
    expect(after.blocks).toEqual(['# Title\n\n', 'Revenue grew 66% **year']);
    expect(after.blocks[0]).toBe(before.blocks[0]);
  });

  test('splits random texts growing by random frames exactly as from scratch', () => {
    const pieces = [
      'word', ' ', ' ', 'x', '1', '\n', '\n', '\n\n', '- ', '* ', '1. ', '2) ', '> ', '# ', '  ', '    ', '\t', '-', '=', '*', '_', '`', '```', '~~~',
      '|', ':', '[', ']', ']:', '[^', '^', '<', '<div>', '-->', '<!--', '#', '.', ')',
      '| ', ' |', '**', '\n- ', '\n* ', '\n1. ', '\n| ', '| --- |', ' --- |', '\n    ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1 }), (chosen, sizes) => {
        const text = chosen.join('');
        let previous: MarkdownBlocks | undefined;
        for (let length = 0, frame = 0; length < text.length; frame += 1) {
          length = Math.min(text.length, length + (sizes[frame % sizes.length] ?? 1));
          const prefix = text.slice(0, length);
          previous = splitMarkdownBlocks(prefix, previous);
          const scratch = splitMarkdownBlocks(prefix);
          expect(previous.starts, JSON.stringify(prefix)).toEqual(scratch.starts);
          expect(previous.blocks).toEqual(scratch.blocks);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });
});

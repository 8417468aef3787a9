import { describe, expect, test } from 'vitest';
import { healStreamingMarkdown } from '@threadline/ui';

describe('healStreamingMarkdown', () => {
  test.each([
    ['Revenue grew **66%', 'Revenue grew **66%**'],
    ['Revenue grew **66%*', 'Revenue grew **66%**'],
    ['an *early', 'an *early*'],
    ['call `fetch', 'call `fetch`'],
    ['~~old', '~~old~~'],
    ['**bold `code', '**bold `code`**'],
  ])('closes an unterminated span: %j', (partial, healed) => {
    expect(healStreamingMarkdown(partial)).toBe(healed);
  });

  test.each([
    ['Revenue **', 'Revenue'],
    ['Revenue `', 'Revenue'],
    ['done **bold** ~~', 'done **bold**'],
  ])('drops an opener with nothing after it yet: %j', (partial, healed) => {
    expect(healStreamingMarkdown(partial)).toBe(healed);
  });

  test('shows an unfinished link as its text, never with a URL it made up', () => {
    expect(healStreamingMarkdown('see [the filing](https://www.sec')).toBe('see the filing');
    expect(healStreamingMarkdown('see [the filing](javascript:')).toBe('see the filing');
    expect(healStreamingMarkdown('see [the filing]')).toBe('see the filing');
    expect(healStreamingMarkdown('see [the fil')).toBe('see the fil');
    expect(healStreamingMarkdown('see [the filing](https://www.sec.gov/)')).toBe('see [the filing](https://www.sec.gov/)');
  });

  test('keeps a task box, which is not link text', () => {
    expect(healStreamingMarkdown('- [x]')).toBe('- [x]');
  });

  test.each([['#'], ['## '], ['Intro\n-'], ['Intro\n- '], ['Intro\n1.'], ['Intro\n> '], ['Intro\n`'], ['Intro\n``']])(
    'holds back a last line that is only a block marker: %j',
    (partial) => {
      const lineStart = partial.lastIndexOf('\n') + 1;
      expect(healStreamingMarkdown(partial)).toBe(partial.slice(0, lineStart).replace(/\n$/, lineStart > 0 ? '\n' : ''));
    },
  );

  test('holds back a trailing table until its delimiter row is complete', () => {
    const intro = 'Results:\n\n';
    expect(healStreamingMarkdown(`${intro}| Quarter | Rev`)).toBe(intro);
    expect(healStreamingMarkdown(`${intro}| Quarter | Revenue |\n`)).toBe(intro);
    expect(healStreamingMarkdown(`${intro}| Quarter | Revenue |\n| --- | --`)).toBe(intro);
    expect(healStreamingMarkdown(`${intro}| Quarter | Revenue |\n| --- | ---: |`)).toBe(intro);
    expect(healStreamingMarkdown(`${intro}| Quarter | Revenue |\n--- | -`)).toBe(intro);
    const formed = `${intro}| Quarter | Revenue |\n| --- | ---: |\n`;
    expect(healStreamingMarkdown(formed)).toBe(formed);
    expect(healStreamingMarkdown(`${formed}| Q3 | 51`)).toBe(`${formed}| Q3 | 51`);
  });

  test('releases pipe lines that turn out not to be a table', () => {
    const text = '| not a table |\nplain words';
    expect(healStreamingMarkdown(text)).toBe(text);
  });

  test('leaves an unclosed code fence alone but for a partial closing fence', () => {
    const open = '```ts\nconst total = a ** b; // `x\n| not | a table |';
    expect(healStreamingMarkdown(open)).toBe(open);
    expect(healStreamingMarkdown('```ts\nconst a = 1;\n``')).toBe('```ts\nconst a = 1;\n');
    expect(healStreamingMarkdown('```ts\nconst a = 1;\n```')).toBe('```ts\nconst a = 1;\n```');
  });

  test('does not close math, which is not rendered', () => {
    expect(healStreamingMarkdown('costs $$5')).toBe('costs $$5');
  });
});

describe('healStreamingMarkdown on links whose URL holds parentheses', () => {
  test('shows the link text until the destination closes', () => {
    expect(healStreamingMarkdown('see [Nvidia](https://en.wikipedia.org/wiki/Nvidia_(company')).toBe('see Nvidia');
    expect(healStreamingMarkdown('see [Nvidia](https://en.wikipedia.org/wiki/Nvidia_(company)')).toBe('see Nvidia');
    expect(healStreamingMarkdown('see [Nvidia](https://en.wikipedia.org/wiki/Nvidia_(company))')).toBe(
      'see [Nvidia](https://en.wikipedia.org/wiki/Nvidia_(company))',
    );
    expect(healStreamingMarkdown('[run](javascript:alert(1)')).toBe('run');
  });

  test('leaves an unfinished image out', () => {
    expect(healStreamingMarkdown('chart: ![revenue](https://example.com/a_(1')).toBe('chart:');
  });
});

import { describe, expect, it } from 'vitest';
import { toSpokenText } from '../src/thread/toSpokenText';

describe('toSpokenText', () => {
  it('keeps the words of emphasis, links and code, without their marks', () => {
    expect(toSpokenText('The main difference is **when you pay _taxes_**, see [the IRS](https://irs.gov) and `Roth`.')).toBe(
      'The main difference is when you pay taxes, see the IRS and Roth.',
    );
  });

  it('speaks blocks, list items and table cells apart, with no pipes, hashes or fences', () => {
    const markdown = '# Results\n\n- Q2: 26.3\n- Q3: 30.8\n\n| Quarter | Revenue |\n| --- | --- |\n| Q2 | 26.3 |\n\n```js\nrun()\n```';
    expect(toSpokenText(markdown)).toBe('Results Q2: 26.3 Q3: 30.8 Quarter Revenue Q2 26.3 run()');
  });

  it('drops Assistants source markers and raw HTML', () => {
    expect(toSpokenText('Revenue grew 12%【4:0†q3_report.txt】 <b>fast</b>.')).toBe('Revenue grew 12% fast.');
  });
});

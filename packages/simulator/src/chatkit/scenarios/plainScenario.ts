import type { ChatKitScenario } from '../ChatKitStep';

const answer = [
  'The main difference is **when you pay taxes**.',
  '',
  '- **Traditional IRA:** contributions may be tax-deductible now, and withdrawals in retirement are taxed as ordinary income.',
  '- **Roth IRA:** contributions are made with after-tax dollars, and qualified withdrawals in retirement are tax-free.',
  '',
  "Roth IRAs also have income limits for contributing directly and no required minimum distributions during the owner's lifetime.",
  'If you expect to be in a higher tax bracket later, a Roth is often the better fit.',
].join('\n');

/** Fixture `01-plain-text.sse`: a notice, a streamed assistant message, then a title. */
export const plainScenario: ChatKitScenario = {
  name: 'plain',
  description: 'A notice, an assistant message of about 70 text deltas, then thread.updated with a title.',
  steps: [
    {
      notice: {
        level: 'info',
        message: 'Answers about taxes are general information, not financial advice. [Learn more](https://example.com/disclaimer)',
        title: 'Heads up',
      },
    },
    { message: { text: answer } },
    { title: 'Roth vs traditional IRA' },
  ],
};

import type { ChatKitScenario } from '../ChatKitStep';

const post = [
  '# Why index funds work',
  '',
  'An index fund buys every stock in a market index, in proportion to its size, and then does very little.',
  'That is the whole idea, and it is why index funds have quietly beaten most professional managers for decades.',
  'Fees are low because nobody is paid to pick stocks, turnover is low because the fund only trades when the index',
  'changes, and taxes are low because selling is rare.',
  '',
  '## The arithmetic of active management',
  '',
  'Before costs, the average actively managed dollar must earn the market return, because together active investors',
  'own the market. After costs, the average active dollar must therefore trail the market by the amount it pays in',
  'fees and trading costs. Some managers beat the index in a given year, but few do so consistently, and picking',
  'them in advance has proved even harder than picking stocks.',
  '',
  '## What to look for',
  '',
  'Start with the expense ratio: broad market funds from the large providers charge a few hundredths of a percent',
  'a year. Check how closely the fund tracks its index, how large it is, and whether it lends securities. Prefer',
  'broad indexes over narrow ones; a total-market fund owns thousands of companies and needs no rebalancing when',
  'one sector falls out of favour.',
  '',
  '## Building a simple portfolio',
  '',
  'Most people need only two or three funds: a total domestic stock fund, a total international stock fund, and a',
  'high-quality bond fund. Choose the split between stocks and bonds by how soon you need the money and how you',
  'would feel watching the stock portion fall by a third. Then automate contributions, rebalance once a year, and',
  'resist the urge to trade on the news.',
  '',
  '## The hard part',
  '',
  'The hard part of indexing is not the investing but the waiting. Markets fall, sometimes for years, and the',
  'discipline to keep buying through those stretches is what turns a low-cost fund into a good long-term result.',
].join('\n');

/** Fixture `05-cancelled.sse`: a long message paced slowly, so a client can abort mid-stream. */
export const cancelScenario: ChatKitScenario = {
  name: 'cancel',
  description: 'A long blog post (about 350 words) paced at three times the delay, to stop by aborting the request.',
  paceFactor: 3,
  steps: [{ message: { text: post } }],
};

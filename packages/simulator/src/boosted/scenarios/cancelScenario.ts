import type { BoostedScenario } from '../BoostedStep';
import { splitIntoWordChunks } from '../splitIntoWordChunks';

const answer = [
  'Screening the S&P 500 for companies with net cash and double-digit revenue growth over the last',
  'four quarters leaves a short list. The screen removed financials and real estate, whose balance',
  'sheets are not comparable, and required positive free cash flow in each of the last eight quarters.',
  '',
  '**Strongest candidates**',
  '',
  '- **NVIDIA (NVDA)**: net cash above $40 billion, revenue growth above 50%, and gross margins in',
  'the low seventies. Growth is slowing from triple digits, but the absolute increase is still the',
  'largest in the index.',
  '- **Alphabet (GOOGL)**: about $70 billion of net cash after buybacks, revenue growth in the low',
  'teens, and operating margins that expanded for six quarters in a row as cloud turned profitable.',
  '- **Meta Platforms (META)**: net cash near $30 billion despite record capital spending, with',
  'advertising revenue growth above 20% on higher prices per ad and more impressions.',
  '- **Booking Holdings (BKNG)**: a smaller net cash position but consistent growth in room nights',
  'and a long record of returning cash through repurchases.',
  '',
  '**Borderline names**',
  '',
  'Several companies pass on growth but fail on cash. Broadcom carries debt from the VMware',
  'acquisition, Oracle is borrowing to build data centers, and Netflix has net debt even though its',
  'free cash flow has turned strongly positive. Apple passes on cash but its revenue growth has been in',
  'the low single digits, so it misses the growth threshold by a wide margin.',
  '',
  '**What to watch**',
  '',
  'The screen is sensitive to the growth cutoff. Lowering it to 8% adds Microsoft, Visa and',
  'Mastercard, all of which hold large cash balances or modest leverage with very high returns on',
  'capital. Raising it to 15% leaves only NVIDIA and Meta. Net cash is also a moving target: companies',
  'that spend heavily on data centers are converting cash into property and equipment quickly, and',
  'several could move into a net debt position within a year if spending continues at the current pace.',
  '',
  'Valuation is the other caveat. The four strongest candidates trade at a premium to the index on',
  'forward earnings, with NVIDIA and Meta the most sensitive to any slowdown in artificial',
  'intelligence spending. Alphabet trades closest to the market multiple, which makes it the least',
  'demanding of the group on expectations. Booking is the most exposed to consumer travel demand, so',
  'a weaker economy would hit it first. A balanced approach would weight the list by free cash flow',
  'yield rather than market value, which tilts the basket toward Alphabet and Booking and reduces the',
  'concentration in semiconductor exposure that dominates a market-weighted version of this screen.',
].join('\n');

/** A long answer paced normally, so a client has time to cancel the task mid-stream. */
export const cancelScenario: BoostedScenario = {
  name: 'cancel',
  description: 'A long answer (about 400 words) to cancel with DELETE /v2/threads/{thread_id}/task.',
  steps: [
    { wip: 'Loading S&P 500 constituents' },
    { wip: 'Filtering by balance-sheet strength' },
    ...splitIntoWordChunks(answer),
  ],
};

/** One message of an earlier conversation the `thousand-messages` scenarios replay. */
export interface EarlierMessage {
  role: 'user' | 'assistant';
  text: string;
}

/**
 * How many earlier messages the `thousand-messages` scenarios send: with the user's message and
 * the new answer, the thread then holds exactly 1,000.
 */
export const thousandMessagesEarlierCount = 998;

const companies = ['Apple', 'Microsoft', 'NVIDIA', 'Alphabet', 'Amazon', 'Meta', 'Tesla', 'Broadcom', 'JPMorgan', 'Visa', 'Costco', 'Netflix'];
const metrics = ['revenue growth', 'gross margin', 'free cash flow', 'net cash', 'share count', 'capital spending'];

/**
 * A made-up earlier conversation of `count` short messages, a user question then an answer, in
 * turn; the same messages on every call.
 */
export function createEarlierMessages(count: number): EarlierMessage[] {
  return Array.from({ length: count }, (_, index): EarlierMessage => {
    const turn = Math.floor(index / 2) + 1;
    const company = companies[turn % companies.length] ?? 'Apple';
    const metric = metrics[turn % metrics.length] ?? 'revenue growth';
    if (index % 2 === 0) return { role: 'user', text: `Question ${turn}: how did ${company}'s ${metric} change last quarter?` };
    const change = (((turn * 37) % 120) / 10 - 4).toFixed(1);
    return { role: 'assistant', text: `Answer ${turn}: ${company}'s ${metric} moved ${change}% quarter over quarter, in line with guidance.` };
  });
}

import type { TeammateScenario } from '../TeammateStep';

const answer = [
  'Here are the three tickets that came in overnight, sorted by urgency:',
  '',
  '1. **Login loop on Safari (high)**: two enterprise users cannot sign in since the last release.',
  '2. **CSV export missing rows (medium)**: exports over 10,000 rows stop early.',
  '3. **Typo on the pricing page (low)**: "anually" on the annual plan card.',
  '',
  'I would start with the Safari issue — it blocks paying customers. Want me to file it in Linear?',
].join('\n');

/** Fixture `01-plain-text.sse`: `metadata`, text deltas without block ids, `run_metrics`, `done`. */
export const plainScenario: TeammateScenario = {
  name: 'plain',
  description: 'A short markdown answer as text-delta frames without block ids, then run_metrics and done.',
  steps: [{ text: answer }],
};

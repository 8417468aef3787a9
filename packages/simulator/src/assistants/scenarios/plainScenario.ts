import type { AssistantsScenario } from '../AssistantsStep';

const answer = [
  "Sure! Here are three quick tips for a better night's sleep:",
  '',
  '1. **Keep a consistent schedule.** Go to bed and wake up at the same time every day, even on weekends.',
  '2. **Dim the lights an hour before bed.** Bright screens delay the release of melatonin.',
  '3. **Keep your bedroom cool.** Around 18 °C (65 °F) works well for most people.',
  '',
  'Would you like tips tailored to shift work or travel?',
].join('\n');

/** One `message_creation` step whose text streams word by word, as in fixture `01-plain-text.sse`. */
export const plainScenario: AssistantsScenario = {
  name: 'plain',
  description: 'A markdown answer of about 70 text deltas in one message_creation step.',
  tools: [],
  instructions: null,
  steps: [{ text: answer }],
};

import type { TeammateScenario } from '../TeammateStep';

const plan = [
  '1. Search the support inbox for unread tickets from the last day',
  '2. File a Linear issue for each bug',
  '3. Draft replies for the non-bug tickets',
].join('\n');

const revisedPlan = [
  '1. Search the support inbox for unread tickets from the last day',
  '2. File a Linear issue only for high-priority bugs',
  '3. Summarise the rest for you instead of drafting replies',
].join('\n');

/** Plan mode: an AskUserQuestion headed "Plan Approval"; anything but "Approve" revises the plan once. */
export const planScenario: TeammateScenario = {
  name: 'plan',
  description: 'A Plan Approval question; "Approve" executes, other answers revise the plan and ask once more.',
  steps: [
    { text: "Here's what I plan to do." },
    {
      plan: {
        plan,
        revisingText: 'Revising the plan for your feedback: "{answer}".',
        revisedPlan,
        declinedText: "Okay, I'll stop here without changing anything.",
      },
    },
    { text: 'Plan approved. Starting with the inbox search.' },
    { tool: { name: 'gmail_search', input: { query: 'is:unread newer_than:1d label:support' }, result: 'Found 3 messages.' } },
    { text: 'Found three tickets; filing the Safari login bug first.' },
  ],
};

import type { TeammateScenario } from '../TeammateStep';

/**
 * Fixture `02-tool-calls.sse` plus a reasoning block and a streamed tool result: text blocks with
 * ids, three tools with streamed JSON arguments, and a `todo-update`.
 */
export const toolsScenario: TeammateScenario = {
  name: 'tools',
  description: 'Text blocks with ids, a reasoning block, three tool calls (one with a streamed result) and a todo-update.',
  steps: [
    { text: "I'll check the support inbox for new tickets from the last day.", block: true },
    { reasoning: 'The user wants overnight tickets triaged. Search unread support mail first, then plan the follow-ups.' },
    {
      tool: {
        name: 'gmail_search',
        input: { query: 'is:unread newer_than:1d label:support', max_results: 20 },
        result:
          'Found 3 messages: (1) "Can\'t log in on Safari" from dana@acme.io; (2) "Export is missing rows" from li@northwind.com; (3) "Typo on pricing page" from sam@example.org',
        streamResult: true,
      },
    },
    {
      tool: {
        name: 'TodoWrite',
        input: {
          todos: [
            { content: 'File Linear bug for Safari login loop', status: 'in_progress' },
            { content: 'File Linear bug for CSV export', status: 'pending' },
            { content: 'Reply to pricing typo email', status: 'pending' },
          ],
        },
        result: 'Todos have been modified successfully.',
        todos: [
          { id: '1', content: 'File Linear bug for Safari login loop', status: 'in_progress' },
          { id: '2', content: 'File Linear bug for CSV export', status: 'pending' },
          { id: '3', content: 'Reply to pricing typo email', status: 'pending' },
        ],
      },
    },
    {
      tool: {
        name: 'linear_create_issue',
        input: { title: 'Login loop on Safari', team: 'SUP', priority: 2 },
        result: { id: 'SUP-482', url: 'https://linear.app/acme/issue/SUP-482' },
      },
    },
    {
      text: 'Filed the Safari login loop as **SUP-482** with priority 2. The CSV export bug and the pricing typo are next on the list.',
      block: true,
    },
  ],
};

import type { TeammateScenario } from '../TeammateStep';

/** An AskUserQuestion pause; the continuation echoes the chosen option. */
export const questionScenario: TeammateScenario = {
  name: 'question',
  description: 'Asks one AskUserQuestion with three options, pauses in awaiting_approval, then uses the answer.',
  steps: [
    { text: 'Before I draft the reply, I need one decision from you.' },
    {
      question: {
        question: 'Which tone should the customer reply use?',
        header: 'Reply tone',
        options: [
          { label: 'Friendly', description: 'Warm and informal, with an apology' },
          { label: 'Formal', description: 'Concise and professional' },
          { label: 'Technical', description: 'Step-by-step workaround for the bug' },
        ],
      },
    },
    { text: 'Got it: **{answer}**. Drafting the reply to dana@acme.io in that tone now.' },
    { tool: { name: 'gmail_create_draft', input: { to: 'dana@acme.io', subject: "Re: Can't log in on Safari", tone: 'as chosen' }, result: 'Draft saved.' } },
    { text: 'The draft is saved in Gmail; review it and send when ready.' },
  ],
};

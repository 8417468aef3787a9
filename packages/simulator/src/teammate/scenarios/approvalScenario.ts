import type { TeammateScenario } from '../TeammateStep';

/** A tool call that needs the user's permission; allow runs it, deny returns an error result. */
export const approvalScenario: TeammateScenario = {
  name: 'approval',
  description: 'A Bash call paused by a permission_request until POST /approve allows or denies it.',
  steps: [
    { text: 'To find the failing export I need to run the export job against staging.' },
    {
      approval: {
        name: 'Bash',
        input: { command: 'npm run export -- --env staging --rows 20000', description: 'Run the CSV export job on staging' },
        consequence: 'Runs a shell command in the sandbox that reads the staging database.',
        result: 'Exported 10000 of 20000 rows; stopped at page limit 100.',
        allowedText: 'The export stops at exactly 10,000 rows: a page limit of 100 × 100 rows. Raising the limit should fix it.',
        deniedText: "Understood, I won't run it. Without the job output my best guess is a pagination limit at 10,000 rows.",
      },
    },
  ],
};

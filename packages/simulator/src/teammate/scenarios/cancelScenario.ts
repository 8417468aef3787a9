import type { TeammateScenario } from '../TeammateStep';

const report = [
  'Here is the weekly support report you asked for.',
  '',
  '**Volume.** The team received 412 tickets this week, up 9% on last week. Most of the increase came on',
  'Tuesday and Wednesday, right after the 4.2 release, and almost all of it was about sign-in. By Friday',
  'volume was back to normal levels, which suggests the hotfix on Wednesday evening worked.',
  '',
  '**Response times.** Median first response was 38 minutes, against a target of one hour. The slowest',
  'queue was billing, where the median reached two hours on Wednesday because two of the four billing',
  'specialists were out. Enterprise tickets were all answered within the 30-minute contractual window.',
  '',
  '**Top issues.** Sign-in loops on Safari accounted for 96 tickets. CSV exports that stop at 10,000 rows',
  'accounted for 41, mostly from finance teams running month-end reports. A pricing-page typo produced 12',
  'tickets, several of them asking whether the annual price had changed.',
  '',
  '**Satisfaction.** CSAT was 91%, down two points, with the dip concentrated in sign-in tickets. Comments',
  'mention the wait for a fix more than the quality of the answers, so a status-page entry during the next',
  'incident would probably help more than extra staffing.',
  '',
  '**Recommendations.** Publish a known-issues page for release regressions, add a saved reply for the export',
  'limit until the fix ships, and cross-train one more person on billing before the end of the quarter.',
].join('\n');

/** Fixture `04-cancelled.sse`: a long answer paced slowly, so a client can cancel mid-stream. */
export const cancelScenario: TeammateScenario = {
  name: 'cancel',
  description: 'A long report (about 300 words) paced at three times the delay, to cancel with POST /runs/{id}/cancel.',
  paceFactor: 3,
  steps: [{ text: report }],
};

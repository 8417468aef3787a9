import type { AssistantsScenario } from '../AssistantsStep';

/**
 * Like the recorded `FileSearchStreamingWorks` body: a `file_search` step, then a message whose
 * citation markers arrive in deltas that carry their `file_citation` annotations.
 */
export const fileSearchScenario: AssistantsScenario = {
  name: 'file-search',
  description: 'A file_search step, then an answer with two file_citation annotations.',
  instructions: null,
  tools: [{ type: 'file_search', file_search: { ranking_options: { ranker: 'default_2024_08_21', score_threshold: 0, hybrid_search: null } } }],
  steps: [
    {
      fileSearch: [
        { fileName: 'q3_report.txt', score: 0.6800102176172463, text: 'Q3 revenue was $48.2 million, up 12% year over year, driven by enterprise renewals.' },
        { fileName: 'pricing_faq.txt', score: 0.5412876234, text: 'The annual plan costs $480 per seat and includes priority support.' },
      ],
    },
    { text: 'Revenue grew 12% year over year in the third quarter' },
    { fileCitation: { marker: '【4:0†q3_report.txt】', fileName: 'q3_report.txt' } },
    { text: ', and the annual plan costs $480 per seat with priority support included' },
    { fileCitation: { marker: '【4:1†pricing_faq.txt】', fileName: 'pricing_faq.txt' } },
    { text: '.' },
  ],
};

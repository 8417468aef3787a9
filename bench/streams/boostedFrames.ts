import { composeStream } from './composeStream';
import type { WireFrame } from './WireFrame';

// Key framing (data-only JSON keyed by the event name), the simulator's default.
const frame = (event: string, data: unknown): WireFrame => ({ data: JSON.stringify({ [event]: data }) });

const citations = [
  { citation_type: 'web', citation_id: 'c1', title: 'Data center revenue', url: 'https://example.com/dc', domain: 'example.com', snippet: 'Revenue rose sharply' },
  { citation_type: 'news_article', title: 'Shipments up', publisher: 'Wire', published_at: '2025-11-02', url: 'https://news.example.com/a' },
  { citation_type: 'text', title: 'Form 10-Q', document_type: '10-Q', company_name: 'NVIDIA Corp', snippet: 'Data Center revenue was $30.8 billion' },
];

/**
 * A Boosted stream of exactly `count` frames: a title and work-in-progress logs, then one answer
 * a word per `message_chunk`, with a log line or an artifact marker split across two chunks
 * every 500 frames, then the final chunk, the final `message` with its citations, and `Complete`.
 */
export function boostedFrames(count: number): WireFrame[] {
  return composeStream(count, {
    head: [
      frame('thread_name', { thread_name: 'Data center revenue' }),
      frame('message_work_in_progress', { log: 'Planning the analysis' }),
      frame('message_work_in_progress', { log: 'Reading the 10-Q' }),
    ],
    delta: (word) => frame('message_chunk', { message: word, final_chunk: false }),
    sprinkle(position) {
      if (position % 2 === 0) return { frames: [frame('message_work_in_progress', { log: `Checking source ${position}` })] };
      const opening = '\n\n``';
      const rest = `\`json\n{"artifact_id": "chart-${position}"}\n\`\`\`\n\n`;
      return { frames: [frame('message_chunk', { message: opening, final_chunk: false }), frame('message_chunk', { message: rest, final_chunk: false })], text: opening + rest };
    },
    tail: (answer) => [
      frame('message_chunk', { message: '.', final_chunk: true }),
      frame('message', { message: `${answer}.`, message_metadata: { citations } }),
      frame('task_status', { status: 'Complete' }),
    ],
    tailLength: 3,
  });
}

import { composeStream } from './composeStream';
import type { WireFrame } from './WireFrame';

const frame = (data: Record<string, unknown>): WireFrame => ({ data: JSON.stringify(data) });

/**
 * A Teammate stream of exactly `count` frames: metadata and the sandbox, a thinking block, a
 * tool call with streamed arguments and result, then one answer a word per `text-delta`, with a
 * source citation or a keep-alive every 500 frames, then the run's metrics and `done`.
 */
export function teammateFrames(count: number): WireFrame[] {
  return composeStream(count, {
    head: [
      frame({ type: 'metadata', payload: { run_id: 4817, usage: { input_tokens: 120, output_tokens: 0 } } }),
      frame({ type: 'sandbox-connecting' }),
      frame({ type: 'sandbox-connected', sandbox_id: 'sbx_1', duration_ms: 840 }),
      frame({ type: 'thinking-start' }),
      frame({ type: 'thinking-delta', delta: 'The user wants the quarter in review.' }),
      frame({ type: 'thinking-delta', delta: ' Pull the filings first.' }),
      frame({ type: 'thinking-end' }),
      frame({ type: 'tool-call-start', toolCallId: 'toolu_search', toolName: 'filings_search' }),
      frame({ type: 'tool-call-delta', toolCallId: 'toolu_search', delta: '{"query": ' }),
      frame({ type: 'tool-call-delta', toolCallId: 'toolu_search', delta: '"NVDA 10-Q"}' }),
      frame({ type: 'tool-call-end', toolCallId: 'toolu_search' }),
      frame({ type: 'tool-result-start', toolCallId: 'toolu_search' }),
      frame({ type: 'tool-result-delta', toolCallId: 'toolu_search', delta: 'Found 2: ' }),
      frame({ type: 'tool-result-delta', toolCallId: 'toolu_search', delta: '10-Q Q3, earnings call' }),
      frame({ type: 'tool-result-end', toolCallId: 'toolu_search' }),
    ],
    delta: (word) => frame({ type: 'text-delta', delta: word }),
    sprinkle: (position) =>
      position % 2 === 0
        ? { frames: [frame({ type: 'source-url', sourceId: `src_${position}`, url: `https://example.com/filings/${position}`, title: `Filing ${position}` })] }
        : { frames: [frame({ type: 'keep-alive' })] },
    tail: () => [
      frame({ type: 'run_metrics', execution_time_ms: 23877, input_tokens_used: 18342, output_tokens_used: count, claude_token_cost_usd: 0.0642, stop_reason: 'end_turn' }),
      frame({ type: 'done', stop_reason: 'end_turn' }),
    ],
    tailLength: 2,
  });
}

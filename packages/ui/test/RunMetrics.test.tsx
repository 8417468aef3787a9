// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createThreadState, reduceThreadEvents, replayTranscript } from '@threadline/headless';
import type { RunState } from '@threadline/headless';
import { readRunFigures, RunMetrics } from '@threadline/ui';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// The headless package's own captured transcripts, run through the real decoders.
function runOf(fixture: string): RunState | null {
  const bytes = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../headless/test/fixtures', fixture));
  return replayTranscript([bytes]).state.run;
}

function entries(container: HTMLElement) {
  return [...container.querySelectorAll('.tl-run-metric')].map((entry) => [
    entry.getAttribute('data-metric'),
    entry.querySelector('dt')?.textContent,
    entry.querySelector('dd')?.textContent,
  ]);
}

describe('RunMetrics', () => {
  test('shows Assistants usage (prompt, completion and total tokens)', () => {
    const { container } = render(<RunMetrics run={runOf('assistants/plain-text.sse')} />);
    expect(container.querySelector('dl')?.getAttribute('data-state')).toBe('complete');
    expect(entries(container)).toEqual([
      ['inputTokens', 'Input', '41'],
      ['outputTokens', 'Output', '62'],
      ['totalTokens', 'Tokens', '103'],
    ]);
  });

  test('shows Teammate run metrics: the server’s duration, tokens, cost and stop reason', () => {
    const { container } = render(<RunMetrics run={runOf('teammate/tools-reasoning-todos.sse')} />);
    expect(entries(container).map(([metric, , value]) => [metric, value?.replace(/\D/g, '')])).toEqual([
      ['elapsed', '24'],
      ['inputTokens', '18342'],
      ['outputTokens', '611'],
      ['totalTokens', '18953'],
      ['cost', '00642'],
      ['stopReason', ''],
    ]);
    expect(container.querySelector('[data-metric="stopReason"] dd')?.textContent).toBe('end turn');
    expect(container.querySelector('[data-metric="elapsed"] dd')?.textContent).toBe('24s');
  });

  test('takes Teammate metadata usage when a turn has no run metrics', () => {
    expect(readRunFigures(runOf('teammate/two-turns.sse'))).toEqual({ inputTokens: 40, outputTokens: 9, totalTokens: 49, stopReason: 'max_tokens' });
  });

  test('renders nothing for a finished ChatKit or Boosted run, which report no usage', () => {
    for (const fixture of ['chatkit/plain-answer-notice-title.sse', 'boosted/final-text-wins.sse']) {
      const { container } = render(<RunMetrics run={runOf(fixture)} />);
      expect(container.innerHTML).toBe('');
      cleanup();
    }
    const { container } = render(<RunMetrics run={null} />);
    expect(container.innerHTML).toBe('');
  });

  test('measures the elapsed time itself while a run without a reported duration is active', () => {
    vi.useFakeTimers();
    let state = reduceThreadEvents(createThreadState(), [{ type: 'run-start' }]);
    const { container, rerender } = render(<RunMetrics run={state.run} />);
    expect(container.querySelector('dl')?.getAttribute('data-state')).toBe('running');
    act(() => vi.advanceTimersByTime(3_100));
    expect(entries(container)).toEqual([['elapsed', 'Time', '3s']]);

    state = reduceThreadEvents(state, [{ type: 'run-end', status: 'complete', usage: { input_tokens: 5, output_tokens: 7 } }]);
    rerender(<RunMetrics run={state.run} labels={{ elapsed: 'Took' }} />);
    act(() => vi.advanceTimersByTime(5_000));
    expect(entries(container)).toEqual([
      ['elapsed', 'Took', '3s'],
      ['inputTokens', 'Input', '5'],
      ['outputTokens', 'Output', '7'],
      ['totalTokens', 'Tokens', '12'],
    ]);
  });

  test('ignores fields that are not numbers', () => {
    expect(readRunFigures({ stopReason: null, metrics: null, usage: { prompt_tokens: 'many', completion_tokens: -1, total_tokens: '12' } })).toEqual({ totalTokens: 12 });
  });
});

import type { RunState } from '@threadline/headless';

/** What is known of a run's cost and outcome; a field is absent when no dialect reported it. */
export interface RunFigures {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  costUsd?: number;
  /** How long the server says the run took. */
  durationMs?: number;
  stopReason?: string;
}

// Usage arrives as the vendors name it: Assistants `prompt_tokens`/`completion_tokens`, Teammate
// `input_tokens`/`output_tokens` (its metadata) and camelCased run metrics.
const inputKeys = ['input_tokens', 'prompt_tokens', 'inputTokens', 'promptTokens'];
const outputKeys = ['output_tokens', 'completion_tokens', 'outputTokens', 'completionTokens'];
const totalKeys = ['total_tokens', 'totalTokens'];
const costKeys = ['costUsd', 'cost_usd'];
const durationKeys = ['executionTimeMs', 'durationMs', 'duration_ms', 'execution_time_ms'];

/**
 * A run's token counts, cost, server-side duration and stop reason, read from `run.metrics` first
 * (the run's own figures) then `run.usage`; the token counts all come from the first of the two
 * that has any, so they add up. Tolerates any shape: unknown or non-numeric fields are left out.
 */
export function readRunFigures(run: Pick<RunState, 'usage' | 'metrics' | 'stopReason'> | null): RunFigures {
  if (!run) return {};
  const sources = [run.metrics, run.usage].filter((source): source is Record<string, unknown> => source !== null && typeof source === 'object');
  const figures: RunFigures = {};
  const tokenSource = sources.filter((source) => readNumber([source], [...inputKeys, ...outputKeys, ...totalKeys]) !== undefined).slice(0, 1);
  const inputTokens = readNumber(tokenSource, inputKeys);
  const outputTokens = readNumber(tokenSource, outputKeys);
  const totalTokens = readNumber(tokenSource, totalKeys) ?? (inputTokens !== undefined && outputTokens !== undefined ? inputTokens + outputTokens : undefined);
  const costUsd = readNumber(sources, costKeys);
  const durationMs = readNumber(sources, durationKeys);
  const metricsReason = run.metrics?.stopReason;
  const stopReason = run.stopReason ?? (typeof metricsReason === 'string' ? metricsReason : null);
  if (inputTokens !== undefined) figures.inputTokens = inputTokens;
  if (outputTokens !== undefined) figures.outputTokens = outputTokens;
  if (totalTokens !== undefined) figures.totalTokens = totalTokens;
  if (costUsd !== undefined) figures.costUsd = costUsd;
  if (durationMs !== undefined) figures.durationMs = durationMs;
  if (stopReason) figures.stopReason = stopReason;
  return figures;
}

function readNumber(sources: readonly Record<string, unknown>[], keys: readonly string[]): number | undefined {
  for (const source of sources) {
    for (const key of keys) {
      const value = source[key];
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (Number.isFinite(number) && number >= 0) return number;
    }
  }
  return undefined;
}

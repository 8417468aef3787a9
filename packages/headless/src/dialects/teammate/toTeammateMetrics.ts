import { isRecord } from './pickString';

// Wire key → metrics key; the SDK's `MetricsEvent`, `DoneEvent` and `SandboxMetricsEvent` fields.
const METRIC_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['execution_time_ms', 'executionTimeMs'],
  ['input_tokens_used', 'inputTokens'],
  ['output_tokens_used', 'outputTokens'],
  ['claude_token_cost_usd', 'costUsd'],
  ['stop_reason', 'stopReason'],
  ['completion_state', 'completionState'],
  ['unresolved_tool_use_ids', 'unresolvedToolUseIds'],
  ['sandbox_execution_time_ms', 'sandboxExecutionTimeMs'],
];

/**
 * The run metrics a `run_metrics`, `sandbox_metrics` or `done` frame carries, camelCased.
 * Absent and null keys are left out, so the result can be merged over earlier metrics.
 */
export function toTeammateMetrics(raw: unknown): Record<string, unknown> {
  const metrics: Record<string, unknown> = {};
  if (!isRecord(raw)) return metrics;
  for (const [wireKey, key] of METRIC_KEYS) {
    const value = raw[wireKey];
    if (value === undefined || value === null) continue;
    metrics[key] = Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : value;
  }
  return metrics;
}

import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { RunState, ThreadStatus } from '@threadline/headless';
import { formatDuration } from '../internal/formatDuration';
import { joinClassNames } from '../internal/joinClassNames';
import { readRunFigures } from './readRunFigures';
import { useStopwatch } from './useStopwatch';

/** The terms of {@link RunMetrics}' list. */
export interface RunMetricsLabels {
  elapsed: string;
  inputTokens: string;
  outputTokens: string;
  totalTokens: string;
  cost: string;
  stopReason: string;
}

/** What {@link RunMetrics} reads from a run: a `RunState`, or the result of `useRun`. */
export type RunMetricsSource = Pick<RunState, 'usage' | 'metrics' | 'stopReason'> & { status?: ThreadStatus };

/** Props of {@link RunMetrics}. */
export interface RunMetricsProps extends HTMLAttributes<HTMLDListElement> {
  /** The latest run: `useThreadStream(...).run`, or `useRun(...)` itself. */
  run: RunMetricsSource | null;
  /** Shown as `data-state`; defaults to the run's status. */
  status?: ThreadStatus;
  /** Replaces the terms (default Time, Input, Output, Tokens, Cost, Stopped). */
  labels?: Partial<RunMetricsLabels>;
}

const defaultLabels: RunMetricsLabels = {
  elapsed: 'Time',
  inputTokens: 'Input',
  outputTokens: 'Output',
  totalTokens: 'Tokens',
  cost: 'Cost',
  stopReason: 'Stopped',
};

const activeStatuses: ReadonlySet<ThreadStatus> = new Set(['queued', 'running', 'requires_action', 'cancelling']);
const numberFormat = new Intl.NumberFormat();

/**
 * The latest run's figures as a `<dl>`: elapsed time (the server's duration, else measured here
 * while the run is active), input, output and total tokens, cost, and the stop reason, each only
 * when known; every entry is a `div` with `data-metric`. `data-state` is the run's status.
 * Renders nothing while nothing is known.
 */
export const RunMetrics = forwardRef<HTMLDListElement, RunMetricsProps>(function RunMetrics({ run, status, labels, className, ...props }, ref) {
  const state = status ?? run?.status ?? 'idle';
  const measured = useStopwatch(activeStatuses.has(state));
  const figures = readRunFigures(run);
  const terms = { ...defaultLabels, ...labels };
  const seconds = figures.durationMs !== undefined ? figures.durationMs / 1000 : measured;
  const entries: Array<[keyof RunMetricsLabels, string]> = [];
  if (seconds !== null) entries.push(['elapsed', formatDuration(seconds)]);
  if (figures.inputTokens !== undefined) entries.push(['inputTokens', numberFormat.format(figures.inputTokens)]);
  if (figures.outputTokens !== undefined) entries.push(['outputTokens', numberFormat.format(figures.outputTokens)]);
  if (figures.totalTokens !== undefined) entries.push(['totalTokens', numberFormat.format(figures.totalTokens)]);
  if (figures.costUsd !== undefined) entries.push(['cost', `$${figures.costUsd.toFixed(figures.costUsd < 1 ? 4 : 2)}`]);
  if (figures.stopReason) entries.push(['stopReason', figures.stopReason.replaceAll('_', ' ')]);
  if (entries.length === 0) return null;
  return (
    <dl ref={ref} className={joinClassNames('tl-run-metrics', className)} data-state={state} {...props}>
      {entries.map(([metric, value]) => (
        <div key={metric} className="tl-run-metric" data-metric={metric}>
          <dt>{terms[metric]}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
});

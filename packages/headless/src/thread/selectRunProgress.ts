import type { ProgressEntry, ThreadState } from './ThreadState';

/** The latest run's work-in-progress entries (the thread keeps the log of every run). */
export function selectRunProgress(state: Pick<ThreadState, 'progress' | 'run'>): readonly ProgressEntry[] {
  const start = state.run?.progressStart ?? 0;
  return start === 0 ? state.progress : state.progress.slice(start);
}

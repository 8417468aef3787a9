import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { ProgressEntry } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';

/** Props of {@link Progress}. */
export interface ProgressProps extends HTMLAttributes<HTMLDivElement> {
  /** The work-in-progress log, oldest first: the latest run's (`useThreadStream(...).runProgress`) or the whole thread's (`.progress`). */
  entries: readonly ProgressEntry[];
  /** Whether the agent is working now (`status === 'running'`): `data-state="active"`, else `idle`. */
  active: boolean;
  /** Summary of the full log's disclosure (default "Work log"). */
  logLabel?: string;
}

/**
 * The latest work-in-progress line, with the full log in a `<details>` that expands. It is not a
 * live region: `Thread.Announcer` is the thread's one, so screen readers are not told each step.
 * `data-state="active|idle"`, `data-empty` while there is nothing yet.
 */
export const Progress = forwardRef<HTMLDivElement, ProgressProps>(function Progress(
  { entries, active, logLabel = 'Work log', className, ...props },
  ref,
) {
  const latest = entries[entries.length - 1];
  return (
    <div
      ref={ref}
      className={joinClassNames('tl-progress', className)}
      data-state={active ? 'active' : 'idle'}
      data-empty={entries.length === 0 || undefined}
      {...props}
    >
      {latest ? <p className="tl-progress-latest">{latest.text}</p> : null}
      {entries.length > 1 ? (
        <details className="tl-progress-log">
          <summary>
            {logLabel} ({entries.length})
          </summary>
          <ol>
            {entries.map((entry, index) => (
              <li key={index}>{entry.text}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
});

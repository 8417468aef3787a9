import { forwardRef, memo, useState } from 'react';
import type { DetailsHTMLAttributes } from 'react';
import type { WorkflowItem } from '@threadline/headless';
import { composeHandlers } from '../internal/composeHandlers';
import { formatDuration } from '../internal/formatDuration';
import { joinClassNames } from '../internal/joinClassNames';
import { WorkflowTaskView } from './WorkflowTaskView';

/** Props of {@link ThreadWorkflow}. */
export interface ThreadWorkflowProps extends DetailsHTMLAttributes<HTMLDetailsElement> {
  item: WorkflowItem;
}

function defaultTitle(item: WorkflowItem): string {
  if (item.variant === 'todo') return 'To-do list';
  if (item.variant === 'reasoning') return item.status === 'complete' ? 'Thought process' : 'Thinking…';
  return item.status === 'complete' ? 'Workflow' : 'Working…';
}

/**
 * The default workflow of `Thread.Messages`: a `<details>` (open at first when the item is
 * `expanded`) whose summary is the workflow's summary, or a title for its variant, with its
 * duration or, for a to-do list, how many tasks are done; its body lists the tasks. The `todo`
 * variant renders as a checklist. `data-state="in_progress|complete"`, `data-variant`.
 * Memoized on the item.
 */
export const ThreadWorkflow = memo(
  forwardRef<HTMLDetailsElement, ThreadWorkflowProps>(function ThreadWorkflow({ item, className, onToggle, ...props }, ref) {
    // `expanded` is where the workflow starts; afterwards the reader decides.
    const [open, setOpen] = useState(item.expanded);
    const todo = item.variant === 'todo';
    const done = item.tasks.filter((task) => task.status === 'complete').length;
    const detail = todo
      ? `${done} of ${item.tasks.length} done`
      : item.durationSeconds !== null
        ? `${item.status === 'complete' ? 'Took' : 'Running for'} ${formatDuration(item.durationSeconds)}`
        : null;
    const Tasks = todo ? 'ul' : 'ol';
    return (
      <details
        ref={ref}
        open={open}
        className={joinClassNames('tl-workflow', className)}
        data-state={item.status}
        data-variant={item.variant}
        aria-busy={item.status === 'in_progress' || undefined}
        {...props}
        onToggle={composeHandlers(onToggle, (event) => setOpen(event.currentTarget.open))}
      >
        <summary className="tl-workflow-summary">
          <span className="tl-workflow-title">{item.summary ?? defaultTitle(item)}</span>
          {detail ? <span className="tl-workflow-detail">{detail}</span> : null}
        </summary>
        <Tasks className={todo ? 'tl-workflow-tasks tl-workflow-checklist' : 'tl-workflow-tasks'}>
          {item.tasks.map((task, index) => (
            <WorkflowTaskView key={index} task={task} checklist={todo} />
          ))}
        </Tasks>
      </details>
    );
  }),
);

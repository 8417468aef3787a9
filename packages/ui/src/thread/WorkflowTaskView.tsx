import { forwardRef } from 'react';
import type { LiHTMLAttributes } from 'react';
import type { Citation, WorkflowTask } from '@threadline/headless';
import { joinClassNames } from '../internal/joinClassNames';
import { MarkdownText } from '../markdown/MarkdownText';
import { sanitizeUrl } from '../url/sanitizeUrl';

/** Props of {@link WorkflowTaskView}. */
export interface WorkflowTaskViewProps extends LiHTMLAttributes<HTMLLIElement> {
  task: WorkflowTask;
  /** Render the task as a checklist entry (a to-do list): a read-only checkbox before the title. */
  checklist?: boolean;
}

const statusText: Record<WorkflowTask['status'], string> = {
  pending: 'Pending',
  loading: 'In progress',
  complete: 'Done',
  none: '',
};

/**
 * One task of a workflow: its title, its content as markdown, and the sources it read as links
 * (only `http`, `https` and `mailto` URLs become links). `data-state="pending|loading|complete|none"`
 * and `data-kind` (the server's task type).
 */
export const WorkflowTaskView = forwardRef<HTMLLIElement, WorkflowTaskViewProps>(function WorkflowTaskView(
  { task, checklist = false, className, ...props },
  ref,
) {
  const title = task.title ?? task.content ?? '';
  const content = task.title ? task.content : null;
  return (
    <li ref={ref} className={joinClassNames('tl-workflow-task', className)} data-state={task.status} data-kind={task.kind} {...props}>
      {checklist ? (
        <label className="tl-workflow-task-title">
          <input type="checkbox" className="tl-workflow-task-check" checked={task.status === 'complete'} readOnly disabled />
          <span>{title}</span>
          {task.status === 'loading' ? <span className="tl-visually-hidden"> (in progress)</span> : null}
        </label>
      ) : (
        <p className="tl-workflow-task-title">
          {statusText[task.status] ? <span className="tl-visually-hidden">{statusText[task.status]}: </span> : null}
          {title}
        </p>
      )}
      {content ? <MarkdownText className="tl-workflow-task-content" text={content} /> : null}
      {task.sources.length > 0 ? (
        <ul className="tl-workflow-task-sources" aria-label="Sources">
          {task.sources.map((source, index) => (
            <li key={`${index}-${source.url ?? ''}`}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
});

function SourceLink({ source }: { source: Citation }) {
  const href = sanitizeUrl(source.url);
  const label = source.title ?? source.source ?? source.url ?? 'Source';
  if (!href) return <span className="tl-workflow-source">{label}</span>;
  return (
    <a className="tl-workflow-source" href={href} target="_blank" rel="noreferrer noopener" title={source.source ?? undefined}>
      {label}
    </a>
  );
}

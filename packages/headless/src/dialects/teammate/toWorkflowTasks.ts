import type { WorkflowTask } from '../../events/WorkflowTask';
import { isRecord, pickString } from './pickString';

const TASK_STATUS: Readonly<Record<string, WorkflowTask['status']>> = {
  pending: 'pending',
  in_progress: 'loading',
  completed: 'complete',
};

/** The entries of a `todo-update` as to-do tasks; entries that are not objects are skipped. */
export function toWorkflowTasks(todos: unknown): WorkflowTask[] {
  if (!Array.isArray(todos)) return [];
  return todos.filter(isRecord).map((todo) => {
    const status = typeof todo.status === 'string' && Object.hasOwn(TASK_STATUS, todo.status) ? TASK_STATUS[todo.status] : undefined;
    return { kind: 'todo', title: pickString(todo, 'content'), content: null, status: status ?? 'none', sources: [] };
  });
}

/** A to-do list is complete once every task is (an emptied list counts as done). */
export function toWorkflowStatus(tasks: readonly WorkflowTask[]): 'in_progress' | 'complete' {
  return tasks.every((task) => task.status === 'complete') ? 'complete' : 'in_progress';
}

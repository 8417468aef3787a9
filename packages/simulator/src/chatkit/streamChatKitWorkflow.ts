import type { ChatKitItem, ChatKitTask } from './ChatKitItem';
import type { ChatKitTaskSpec } from './ChatKitStep';
import type { ChatKitSession } from './createChatKitSession';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';

function loadingTask(task: ChatKitTaskSpec): ChatKitTask | undefined {
  if (task.type === 'thought') return undefined;
  if (task.type === 'web_search') return { status_indicator: 'loading', ...task, sources: [] };
  return { status_indicator: 'loading', ...task };
}

/**
 * Streams a custom workflow: the item arrives with its first task, later tasks are appended with
 * `workflow.task.added`; each task starts loading (a search without its sources) and is then
 * completed with `workflow.task.updated`, except thoughts, which arrive complete. The item is done
 * with a `{duration}` summary.
 */
export async function streamChatKitWorkflow(session: ChatKitSession, tasks: readonly ChatKitTaskSpec[], durationSeconds: number): Promise<void> {
  const { emit, thread } = session;
  const item: Extract<ChatKitItem, { type: 'workflow' }> = {
    id: createChatKitId('wf'),
    thread_id: thread.id,
    created_at: formatChatKitTimestamp(),
    type: 'workflow',
    workflow: { type: 'custom', tasks: [], summary: undefined, expanded: false },
  };
  const item_id = item.id;
  const completed: ChatKitTask[] = tasks.map((task) => ({ status_indicator: 'complete', ...task }) as ChatKitTask);

  for (const [task_index, complete] of completed.entries()) {
    const spec = tasks[task_index];
    const first = (spec && loadingTask(spec)) ?? complete;
    if (task_index === 0) {
      await emit(() => {
        item.workflow.tasks.push(first);
        return { type: 'thread.item.added', item };
      });
    } else {
      await emit(() => {
        item.workflow.tasks.push(first);
        return { type: 'thread.item.updated', item_id, update: { type: 'workflow.task.added', task_index, task: first } };
      });
    }
    if (first === complete) continue;
    await emit(() => {
      item.workflow.tasks[task_index] = complete;
      return { type: 'thread.item.updated', item_id, update: { type: 'workflow.task.updated', task_index, task: complete } };
    });
  }
  await emit(() => ({ type: 'thread.item.done', item: { ...item, workflow: { type: 'custom', tasks: completed, summary: { duration: durationSeconds }, expanded: false } } }));
}

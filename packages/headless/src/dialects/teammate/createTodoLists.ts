import type { ThreadEvent } from '../../events/ThreadEvent';
import type { TeammateBlocks } from './createTeammateBlocks';
import type { TeammateIds } from './createTeammateIds';
import { pickString } from './pickString';
import type { Json } from './pickString';
import { toWorkflowStatus, toWorkflowTasks } from './toWorkflowTasks';

/** Turns `todo-update` frames into to-do workflow items. */
export interface TodoLists {
  update(events: ThreadEvent[], raw: Json): void;
  /** A new turn: an update without a tool call id starts a new list. */
  reset(): void;
}

/**
 * Each `TodoWrite` call sends the whole list, so a list is one item per tool call id
 * (`<prefix><run>-todo-<toolCallId>`), shown where the call happened and replaced by later
 * updates from the same call. Updates without a tool call id share one list per turn.
 */
export function createTodoLists(ids: TeammateIds, blocks: TeammateBlocks): TodoLists {
  const byToolCall = new Map<string, string>();
  let turnList: string | null = null;

  return {
    update(events, raw) {
      const toolCallId = pickString(raw, 'toolCallId', 'tool_call_id');
      let itemId = toolCallId === null ? turnList : (byToolCall.get(toolCallId) ?? null);
      if (itemId === null) {
        blocks.closeCurrent(events);
        itemId = toolCallId === null ? ids.generate('todo') : ids.fromWire(`todo-${toolCallId}`);
        if (toolCallId === null) turnList = itemId;
        else byToolCall.set(toolCallId, itemId);
      }
      const tasks = toWorkflowTasks(raw.todos);
      events.push({ type: 'workflow-update', itemId, variant: 'todo', tasks, status: toWorkflowStatus(tasks) });
    },
    reset() {
      turnList = null;
    },
  };
}

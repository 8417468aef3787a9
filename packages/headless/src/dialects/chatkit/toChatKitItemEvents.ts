import type { ThreadEvent, WorkflowUpdateEvent } from '../../events/ThreadEvent';
import { toWidgetNode } from './applyWidgetUpdate';
import { isJsonObject, readNumber, readObject, readString } from '../readJson';
import { toChatKitMessageContent } from './toChatKitMessageContent';
import { toChatKitPendingAction } from './toChatKitPendingAction';
import { toWorkflowTask } from './toWorkflowTask';

/**
 * How far along an item is:
 * - `added`: it has just started streaming (`thread.item.added`);
 * - `done`: it finished streaming (`thread.item.done`); an assistant message whose final content
 *   carries no annotations keeps the citations streamed before;
 * - `stored`: the item as the server keeps it (history from `threads.get_by_id` / `items.list`,
 *   `thread.item.replaced`); it replaces whatever was shown.
 */
export type ChatKitItemStage = 'added' | 'done' | 'stored';

/** Item types that are known and shown. */
export const chatKitItemTypes: ReadonlySet<string> = new Set([
  'user_message',
  'assistant_message',
  'client_tool_call',
  'widget',
  'generated_image',
  'structured_input',
  'workflow',
  'task',
]);

/** Item types that are known and never shown: turn markers and hidden model context. */
export const silentChatKitItemTypes: ReadonlySet<string> = new Set(['end_of_turn', 'hidden_context_item', 'sdk_hidden_context']);

/**
 * The canonical events for one ChatKit thread item (the JSON of `ThreadItem`), so a thread's
 * history loads with the same mapping as a live stream. Pure; never throws; an item of an
 * unknown or silent type, or with no id, gives no events. A `pending` client tool call or
 * structured input also gives the `action-require` it waits on.
 */
export function toChatKitItemEvents(item: unknown, stage: ChatKitItemStage = 'stored'): ThreadEvent[] {
  const id = readString(item, 'id');
  if (id === null || !isJsonObject(item)) return [];
  const done = stage !== 'added';
  const type = readString(item, 'type');
  switch (type) {
    case 'user_message':
    case 'assistant_message':
    case 'generated_image': {
      const { parts, citations } = toChatKitMessageContent(item);
      const events: ThreadEvent[] = [{ type: 'message-start', messageId: id, role: type === 'user_message' ? 'user' : 'assistant' }];
      if (!done) {
        parts.forEach((part, partIndex) => events.push({ type: 'part-add', messageId: id, part, partIndex }));
        for (const citation of citations) events.push({ type: 'citation-add', messageId: id, citation });
        return events;
      }
      const keepStreamed = stage === 'done' && citations.length === 0;
      events.push({ type: 'message-end', messageId: id, status: 'complete', parts, ...(keepStreamed ? {} : { citations }) });
      return events;
    }
    case 'client_tool_call': {
      const events: ThreadEvent[] = [
        { type: 'tool-call-start', toolCallId: id, name: readString(item, 'name') ?? '' },
        { type: 'tool-call-end', toolCallId: id, arguments: JSON.stringify(item.arguments ?? {}) },
      ];
      const action = toChatKitPendingAction(item);
      if (action !== null) events.push({ type: 'action-require', action });
      if (readString(item, 'status') === 'completed') {
        const output = item.output;
        events.push({ type: 'tool-result-end', toolCallId: id, result: typeof output === 'string' ? output : JSON.stringify(output ?? null) });
      }
      return events;
    }
    case 'structured_input': {
      const action = toChatKitPendingAction(item);
      return action === null ? [] : [{ type: 'action-require', action }];
    }
    case 'workflow': {
      return [toWorkflowEvent(id, item, done)];
    }
    case 'task': {
      return [{ type: 'workflow-update', itemId: id, variant: 'task', tasks: [toWorkflowTask(item.task)], status: done ? 'complete' : 'in_progress' }];
    }
    case 'widget': {
      return [
        {
          type: 'widget-update',
          itemId: id,
          root: toWidgetNode(item.widget) ?? { type: 'Basic', children: [] },
          copyText: readString(item, 'copy_text'),
          status: done ? 'complete' : 'in_progress',
        },
      ];
    }
    default: {
      return [];
    }
  }
}

function toWorkflowEvent(id: string, item: Record<string, unknown>, done: boolean): WorkflowUpdateEvent {
  const workflow = readObject(item, 'workflow');
  const summary = readObject(workflow, 'summary');
  const tasks = workflow && Array.isArray(workflow.tasks) ? workflow.tasks : [];
  return {
    type: 'workflow-update',
    itemId: id,
    variant: readString(workflow, 'type') ?? 'custom',
    tasks: tasks.map(toWorkflowTask),
    summary: readString(summary, 'title'),
    durationSeconds: readNumber(summary, 'duration'),
    expanded: isJsonObject(workflow) && workflow.expanded === true,
    status: done ? 'complete' : 'in_progress',
  };
}

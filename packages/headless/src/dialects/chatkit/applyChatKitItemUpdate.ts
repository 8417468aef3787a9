import { applyWidgetUpdate, toWidgetNode } from './applyWidgetUpdate';
import { readIndex } from './isJsonObject';
import { isJsonObject, readArray, readObject, readString } from '../readJson';
import type { JsonObject } from './isJsonObject';

/** Which item type each family of `thread.item.updated` updates applies to (a Map: the keys come off the wire). */
export const chatKitUpdateItemTypes: ReadonlyMap<string, string> = new Map([
  ['assistant_message.content_part.added', 'assistant_message'],
  ['assistant_message.content_part.text_delta', 'assistant_message'],
  ['assistant_message.content_part.annotation_added', 'assistant_message'],
  ['assistant_message.content_part.done', 'assistant_message'],
  ['workflow.task.added', 'workflow'],
  ['workflow.task.updated', 'workflow'],
  ['widget.streaming_text.value_delta', 'widget'],
  ['widget.component.updated', 'widget'],
  ['widget.root.updated', 'widget'],
  ['generated_image.updated', 'generated_image'],
]);

/**
 * A pending item (as ChatKit serializes it) after one `thread.item.updated` update, with the
 * server's own semantics (`ChatKitServer._update_pending_items`), plus the widget and image
 * updates ChatKit.js applies on its side:
 * - content parts are padded up to `content_index` before being written;
 * - `annotation_added` inserts at `annotation_index`, or appends past the end;
 * - `content_part.done` replaces the part, except that an empty `annotations` list keeps the
 *   ones streamed before (chatkit.agents sends `[]` there and the annotations only come back
 *   on `thread.item.done`);
 * - `workflow.task.added` appends; `workflow.task.updated` sets `tasks[task_index]`.
 *
 * Pure: returns a new item, or the same one when the update does not apply to it.
 */
export function applyChatKitItemUpdate(item: JsonObject, update: JsonObject): JsonObject {
  const type = readString(update, 'type') ?? '';
  if (chatKitUpdateItemTypes.get(type) !== readString(item, 'type')) return item;
  if (type.startsWith('assistant_message.')) return applyContentUpdate(item, type, update);
  if (type.startsWith('workflow.')) return applyTaskUpdate(item, type, update);
  if (type.startsWith('widget.')) {
    const root = toWidgetNode(item.widget) ?? { type: 'Basic', children: [] };
    const next = applyWidgetUpdate(root, update);
    return next === root ? item : { ...item, widget: next };
  }
  const image = readObject(update, 'image');
  return image === null ? item : { ...item, image };
}

// A content index this far past the parts is corrupt or hostile: its update goes to the end.
const MAX_CONTENT_GAP = 64;

function applyContentUpdate(item: JsonObject, type: string, update: JsonObject): JsonObject {
  const named = readIndex(update, 'content_index');
  if (named === null) return item;
  const content = [...readArray(item, 'content')];
  const index = named - content.length > MAX_CONTENT_GAP ? Math.max(0, content.length - (type.endsWith('.added') ? 0 : 1)) : named;
  while (content.length <= index) content.push({ annotations: [], text: '', type: 'output_text' });
  const part: JsonObject = isJsonObject(content[index]) ? content[index] : { annotations: [], text: '', type: 'output_text' };
  switch (type) {
    case 'assistant_message.content_part.added': {
      const added = readObject(update, 'content');
      content[index] = added ?? part;
      break;
    }
    case 'assistant_message.content_part.text_delta': {
      content[index] = { ...part, text: (readString(part, 'text') ?? '') + (readString(update, 'delta') ?? '') };
      break;
    }
    case 'assistant_message.content_part.annotation_added': {
      if (!isJsonObject(update.annotation)) return item;
      const annotations = [...readArray(part, 'annotations')];
      const at = readIndex(update, 'annotation_index') ?? annotations.length;
      annotations.splice(Math.min(at, annotations.length), 0, update.annotation);
      content[index] = { ...part, annotations };
      break;
    }
    default: {
      const done = readObject(update, 'content');
      if (done === null) return item;
      const annotations = readArray(done, 'annotations');
      content[index] = annotations.length > 0 ? done : { ...done, annotations: readArray(part, 'annotations') };
    }
  }
  return { ...item, content };
}

function applyTaskUpdate(item: JsonObject, type: string, update: JsonObject): JsonObject {
  if (!isJsonObject(update.task)) return item;
  const workflow = readObject(item, 'workflow') ?? {};
  const tasks = [...readArray(workflow, 'tasks')];
  const index = readIndex(update, 'task_index');
  if (type === 'workflow.task.updated' && index !== null && index < tasks.length) tasks[index] = update.task;
  else tasks.push(update.task);
  return { ...item, workflow: { ...workflow, tasks } };
}

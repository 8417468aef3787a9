import { splitIntoWords } from '../splitIntoWords';
import type { ChatKitItem, ChatKitWidgetNode } from './ChatKitItem';
import type { ChatKitWidgetSpec } from './ChatKitStep';
import type { ChatKitSession } from './createChatKitSession';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';

function mapNode(node: ChatKitWidgetNode, id: string, change: (node: ChatKitWidgetNode) => ChatKitWidgetNode): ChatKitWidgetNode {
  if (node.id === id) return change(node);
  return node.children ? { ...node, children: node.children.map((child) => mapNode(child, id, change)) } : node;
}

function findNode(node: ChatKitWidgetNode, id: string): ChatKitWidgetNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Streams a widget like `stream_widget` with a generator: added with the text component empty and
 * `streaming: true`, `value_delta` per word (`done: false`), `widget.root.updated` with the final
 * tree (`streaming: false`), then done. Widget items take the `msg_` prefix, as chatkit-python's do.
 */
export async function streamChatKitWidget(session: ChatKitSession, { root, streamingComponentId, copyText }: ChatKitWidgetSpec): Promise<void> {
  const { emit, thread } = session;
  const finalValue = findNode(root, streamingComponentId)?.value;
  const text = typeof finalValue === 'string' ? finalValue : '';
  const finalRoot = mapNode(root, streamingComponentId, (node) => ({ ...node, streaming: false }));
  const item: Extract<ChatKitItem, { type: 'widget' }> = {
    id: createChatKitId('msg'),
    thread_id: thread.id,
    created_at: formatChatKitTimestamp(),
    type: 'widget',
    widget: mapNode(root, streamingComponentId, (node) => ({ ...node, value: '', streaming: true })),
    copy_text: copyText,
  };
  const item_id = item.id;

  await emit(() => ({ type: 'thread.item.added', item }));
  for (const delta of splitIntoWords(text)) {
    await emit(() => ({ type: 'thread.item.updated', item_id, update: { type: 'widget.streaming_text.value_delta', component_id: streamingComponentId, delta, done: false } }));
  }
  await emit(() => ({ type: 'thread.item.updated', item_id, update: { type: 'widget.root.updated', widget: finalRoot } }));
  await emit(() => ({ type: 'thread.item.done', item: { ...item, widget: finalRoot } }));
}

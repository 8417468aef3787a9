import type { ChatKitAnnotation, ChatKitItem, ChatKitOutputText, ChatKitTask, ChatKitThread, ChatKitWidgetNode } from './ChatKitItem';

/** The `update` of a `thread.item.updated` event. */
export type ChatKitItemUpdate =
  | { type: 'assistant_message.content_part.added' | 'assistant_message.content_part.done'; content_index: number; content: ChatKitOutputText }
  | { type: 'assistant_message.content_part.text_delta'; content_index: number; delta: string }
  | { type: 'assistant_message.content_part.annotation_added'; content_index: number; annotation_index: number; annotation: ChatKitAnnotation }
  | { type: 'widget.streaming_text.value_delta'; component_id: string; delta: string; done: boolean }
  | { type: 'widget.root.updated'; widget: ChatKitWidgetNode }
  | { type: 'workflow.task.added' | 'workflow.task.updated'; task_index: number; task: ChatKitTask };

/** One ChatKit `ThreadStreamEvent`, sent as `data: <json>`. */
export type ChatKitEvent =
  | { type: 'thread.created' | 'thread.updated'; thread: ChatKitThread }
  | { type: 'thread.item.added' | 'thread.item.done' | 'thread.item.replaced'; item: ChatKitItem }
  | { type: 'thread.item.updated'; item_id: string; update: ChatKitItemUpdate }
  | { type: 'thread.item.removed'; item_id: string }
  | { type: 'stream_options'; stream_options: { allow_cancel: boolean } }
  | { type: 'progress_update'; icon?: string; text: string }
  | { type: 'client_effect'; name: string; data: Record<string, unknown> }
  | { type: 'error'; code: string; message?: string; allow_retry: boolean }
  | { type: 'notice'; level: 'info' | 'warning' | 'danger'; message: string; title?: string };

import type { EventSourceMessage } from 'eventsource-parser';
import type { SseConnection } from './connectSse';
import { postJson, streamPost } from './jsonHttp';

/** A decoded ChatKit event. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions index freely
export type DecodedChatKitEvent = any;

/** A `UserMessageInput` as chatkit-python's request models serialise it. */
export function userInput(text: string): Record<string, unknown> {
  return { content: [{ type: 'input_text', text }], attachments: [], quoted_text: null, inference_options: { tool_choice: null, model: null } };
}

/** POSTs a streaming request and reads the SSE answer. */
export function chatkitStream(url: string, type: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<SseConnection> {
  return streamPost(url, { type, params, metadata: {} }, headers);
}

/** POSTs a non-streaming request and parses the JSON answer. */
export async function chatkitJson<T>(url: string, type: string, params: Record<string, unknown>): Promise<T> {
  return (await (await postJson(url, { type, params })).json()) as T;
}

/** Parses every `data:` frame. */
export function decodeChatKitEvents(events: readonly EventSourceMessage[]): DecodedChatKitEvent[] {
  return events.map((event) => JSON.parse(event.data));
}

/** Each event's `type`, with the update type or item type appended (`thread.item.done:user_message`). */
export function chatkitEventNames(events: readonly EventSourceMessage[]): string[] {
  return decodeChatKitEvents(events).map((event) => [event.type, event.update?.type ?? event.item?.type].filter(Boolean).join(':'));
}

/** The assistant text of every `text_delta` joined. */
export function chatkitText(events: readonly EventSourceMessage[]): string {
  return decodeChatKitEvents(events)
    .filter((event) => event.update?.type === 'assistant_message.content_part.text_delta')
    .map((event) => event.update.delta as string)
    .join('');
}

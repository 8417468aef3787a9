import type { EventSourceMessage } from 'eventsource-parser';
import type { SseConnection } from './connectSse';
import { streamPost } from './jsonHttp';

/** An Assistants event with its data parsed (`[DONE]` stays a string). */
export interface AssistantsEvent {
  event: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions index freely
  data: any;
}

/** Decodes `event:` + `data:` frames. */
export function decodeAssistantsEvents(events: readonly EventSourceMessage[]): AssistantsEvent[] {
  return events.map((event) => ({ event: event.event ?? '', data: event.data === '[DONE]' ? event.data : JSON.parse(event.data) }));
}

/** The event names in order. */
export function assistantsEventNames(events: readonly EventSourceMessage[]): string[] {
  return events.map((event) => event.event ?? '');
}

/** The text of every `thread.message.delta` joined, per content index. */
export function streamedText(events: readonly EventSourceMessage[]): string {
  return decodeAssistantsEvents(events)
    .filter((event) => event.event === 'thread.message.delta')
    .flatMap((event) => event.data.delta.content as { type: string; text?: { value: string } }[])
    .map((part) => part.text?.value ?? '')
    .join('');
}

/** `POST /v1/threads/runs` with one user message, streaming. */
export function createThreadAndRun(base: string, message: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  return streamPost(`${base}/threads/runs`, { assistant_id: 'asst_test', thread: { messages: [{ role: 'user', content: message }] }, stream: true }, headers);
}

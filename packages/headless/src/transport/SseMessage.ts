/** One Server-Sent Events message, as eventsource-parser produces it. */
export interface SseMessage {
  /** The `event:` field, or undefined when the frame has none. */
  event?: string | undefined;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The `id:` field, when the server sends one. */
  id?: string | undefined;
}

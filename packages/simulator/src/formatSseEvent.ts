/** One SSE event to serialize. */
export interface SseEvent {
  /** The `event:` field; omitted when undefined. */
  event?: string;
  /** The `data:` payload; a multi-line string becomes several `data:` lines. */
  data: string;
}

/** Serializes one SSE event, including the blank line that ends it. */
export function formatSseEvent({ event, data }: SseEvent): string {
  const eventLine = event === undefined ? '' : `event: ${event}\n`;
  const dataLines = data
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('');
  return `${eventLine}${dataLines}\n`;
}

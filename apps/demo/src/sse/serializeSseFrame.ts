import type { SseMessage } from '@threadline/headless';

/** Writes one parsed SSE message back as wire text, ending with the blank line that dispatches it. */
export function serializeSseFrame(frame: SseMessage): string {
  let text = '';
  if (frame.event !== undefined) text += `event: ${frame.event}\n`;
  if (frame.id !== undefined) text += `id: ${frame.id}\n`;
  // A newline inside the data came from several `data:` lines, and must go back as several.
  for (const line of frame.data.split(/\r\n|\r|\n/)) text += `data: ${line}\n`;
  return `${text}\n`;
}

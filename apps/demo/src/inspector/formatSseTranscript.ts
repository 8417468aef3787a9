import type { SseMessage } from '@threadline/headless';
import { serializeSseFrame } from '../sse/serializeSseFrame';

const lineBreak = /\r\n|\r|\n/;

/**
 * Writes SSE messages back as an event-stream body, the format `pnpm replay` reads: for each
 * frame an `event:` line when it has a name, an `id:` line when it has one, a `data:` line per
 * line of its data, then a blank line. Read back with eventsource-parser, the body gives the same
 * messages. `comment` becomes `:` comment lines at the top, which readers skip.
 */
export function formatSseTranscript(frames: readonly SseMessage[], comment?: string): string {
  const header = comment === undefined ? '' : `${comment.split(lineBreak).map((line) => `: ${line}`).join('\n')}\n\n`;
  return header + frames.map(serializeSseFrame).join('');
}

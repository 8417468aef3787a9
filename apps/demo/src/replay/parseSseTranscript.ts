import { createSseReader, detectDialect, dialectNames } from '@threadline/headless';
import type { DialectName, SseMessage } from '@threadline/headless';
import { dialectLabel } from './dialectLabel';

/** A recorded response body split into its SSE frames, in a dialect Threadline speaks. */
export interface ReplayTranscript {
  frames: readonly SseMessage[];
  /** The dialect the first frames speak (the replayed stream recognises it again on its own). */
  dialect: DialectName;
}

/** A transcript, or why the text is not one. */
export type ParsedTranscript = { ok: true; transcript: ReplayTranscript } | { ok: false; error: string };

/**
 * Reads an `.sse` file's text (one response body, as `pnpm replay` reads it) into frames with
 * the same SSE reader a live stream uses, and refuses text that is empty, not SSE, or in no
 * dialect Threadline recognises.
 */
export function parseSseTranscript(text: string): ParsedTranscript {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  if (text.includes('\u0000')) return { ok: false, error: 'This is not a text file. A transcript is an SSE response body saved as text.' };

  const frames: SseMessage[] = [];
  const reader = createSseReader({ onMessage: (frame) => frames.push(frame) });
  reader.push(new TextEncoder().encode(text));
  reader.end();
  if (frames.length === 0) {
    return { ok: false, error: 'No SSE frames found. A transcript has "data:" lines (and optional "event:" lines), one frame per blank-line-separated block.' };
  }

  const dialect = detectDialect(frames);
  if (dialect === null) {
    const labels = dialectNames.map(dialectLabel);
    const known = `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
    return { ok: false, error: `Could not recognise the dialect: the first frames are not ${known}.` };
  }
  return { ok: true, transcript: { frames, dialect } };
}

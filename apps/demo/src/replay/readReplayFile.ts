import { parseSseTranscript } from './parseSseTranscript';
import type { ParsedTranscript } from './parseSseTranscript';

// Larger bodies are not a thread someone wants to watch, and would sit whole in memory.
const MAX_BYTES = 20 * 1024 * 1024;

/** Reads a picked or dropped file into a transcript, or why it is not one. */
export async function readReplayFile(file: Blob): Promise<ParsedTranscript> {
  if (file.size > MAX_BYTES) return { ok: false, error: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the replay takes up to 20 MB.` };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: `Could not read the file: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseSseTranscript(text);
}

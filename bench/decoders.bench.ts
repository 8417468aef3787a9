import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { createDecoder, createSseReader, supportedDialects } from '@threadline/headless';

// Every transcript of a dialect, bytes -> SSE messages -> canonical events, one fresh reader
// and decoder per transcript, as one connection would.

const fixtures = new URL('../packages/headless/test/fixtures/', import.meta.url);

function readTranscripts(dialect: string): Uint8Array[] {
  const folder = new URL(`${dialect}/`, fixtures);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.sse'))
    .map((name) => readFileSync(new URL(name, folder)));
}

function decodeAll(dialect: (typeof supportedDialects)[number], transcripts: Uint8Array[]): number {
  let events = 0;
  for (const bytes of transcripts) {
    const decoder = createDecoder(dialect, { onWarning: () => {} });
    const reader = createSseReader({ onMessage: (message) => (events += decoder.decode(message).length) });
    reader.push(bytes);
    reader.end();
    events += decoder.finish().length;
  }
  return events;
}

describe('decoders: all fixtures, bytes to events', () => {
  for (const dialect of supportedDialects) {
    const transcripts = readTranscripts(dialect);
    const kilobytes = transcripts.reduce((total, bytes) => total + bytes.length, 0) / 1024;
    bench(`${dialect}, ${transcripts.length} transcripts (${kilobytes.toFixed(1)} KB)`, () => {
      decodeAll(dialect, transcripts);
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseReader, sliceRandomly, TransportError } from '@threadline/headless';

const encoder = new TextEncoder();

describe('the SSE reader frame limit', () => {
  it('never refuses a frame within the limit however the body is sliced, and refuses one a byte over, whatever its line breaks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 300 }).map((text) => text.replaceAll(/[\r\n]/g, ' ')), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.integer({ min: 1, max: 10_000 }),
        (payloads, lineBreak, seed) => {
          const frames = payloads.map((payload) => `data: ${payload}${lineBreak}${lineBreak}`);
          const body = encoder.encode(frames.join(''));
          // The most that is ever pending, read a byte at a time: a frame's bytes up to the last
          // line break (the \r of a final \r\n already ends its blank line).
          const longest = Math.max(...frames.map((frame) => encoder.encode(frame).byteLength - (lineBreak === '\r\n' ? 2 : 1)));
          const read = (maxFrameBytes: number, slices: Uint8Array[]) => {
            const received: string[] = [];
            const reader = createSseReader({ onMessage: (message) => received.push(message.data), maxFrameBytes });
            for (const slice of slices) reader.push(slice);
            reader.end();
            return received;
          };
          const bytes = [...body].map((byte) => Uint8Array.of(byte));
          expect(read(longest, sliceRandomly(body, seed))).toEqual(payloads);
          expect(read(longest, bytes)).toEqual(payloads);
          expect(() => read(longest - 1, bytes)).toThrow(TransportError);
        },
      ),
      { numRuns: 200 },
    );
  });
});

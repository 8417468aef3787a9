import { readFileSync } from 'node:fs';

/** The bytes of one of this package's own transcripts. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

/** Cuts bytes at the given (unsorted, possibly repeated) offsets. */
export function cutAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [...new Set(offsets.map((offset) => offset % (bytes.length + 1)))].sort((a, b) => a - b);
  const slices: Uint8Array[] = [];
  let from = 0;
  for (const cut of cuts) {
    slices.push(bytes.subarray(from, cut));
    from = cut;
  }
  slices.push(bytes.subarray(from));
  return slices;
}

/**
 * Cuts bytes into seeded pseudo-random slices of 1 to `maxSlice` bytes, splitting lines and
 * UTF-8 sequences anywhere: the same seed always gives the same cuts.
 */
export function sliceRandomly(bytes: Uint8Array, seed: number, maxSlice = 64): Uint8Array[] {
  const random = mulberry32(seed);
  const slices: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(random() * maxSlice);
    slices.push(bytes.subarray(at, at + size));
    at += size;
  }
  return slices;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

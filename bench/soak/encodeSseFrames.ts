import type { WireFrame } from '../streams/WireFrame';

const encoder = new TextEncoder();

/** The SSE body that carries `frames`, as UTF-8 bytes. */
export function encodeSseFrames(frames: readonly WireFrame[]): Uint8Array {
  const text = frames.map((frame) => `${frame.event === undefined ? '' : `event: ${frame.event}\n`}data: ${frame.data}\n\n`).join('');
  return encoder.encode(text);
}

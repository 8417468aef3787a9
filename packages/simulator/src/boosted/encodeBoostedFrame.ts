import type { BoostedFraming } from '../SimulatorOptions';
import { formatSseEvent } from '../formatSseEvent';
import type { BoostedFrame } from './BoostedFrame';

/** Serializes a frame as SSE text in the given framing. */
export function encodeBoostedFrame(frame: BoostedFrame, framing: BoostedFraming): string {
  if (framing === 'event') {
    return formatSseEvent({ event: frame.event, data: JSON.stringify(frame.data) });
  }
  return formatSseEvent({ data: JSON.stringify({ [frame.event]: frame.data }) });
}

import type { EventSourceMessage } from 'eventsource-parser';
import type { SseConnection } from './connectSse';
import { streamPost } from './jsonHttp';

/** A decoded Teammate frame; the `[DONE]` sentinel stays a string. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions index freely
export type DecodedTeammateFrame = any;

/** Decodes every `data:` frame except keep-alives. */
export function decodeTeammateFrames(events: readonly EventSourceMessage[]): DecodedTeammateFrame[] {
  return events
    .map((event) => (event.data === '[DONE]' ? event.data : JSON.parse(event.data)))
    .filter((frame) => frame?.type !== 'keep-alive');
}

/** The `type` of every frame except keep-alives (`[DONE]` for the sentinel). */
export function teammateFrameTypes(events: readonly EventSourceMessage[]): string[] {
  return decodeTeammateFrames(events).map((frame) => (typeof frame === 'string' ? frame : frame.type));
}

/** The text of every `text-delta` joined. */
export function teammateText(events: readonly EventSourceMessage[]): string {
  return decodeTeammateFrames(events)
    .filter((frame) => frame.type === 'text-delta')
    .map((frame) => frame.delta as string)
    .join('');
}

/** True once a frame of `type` has arrived. */
export function hasFrame(type: string): (events: readonly EventSourceMessage[]) => boolean {
  return (events) => teammateFrameTypes(events).includes(type);
}

/** `POST /runs/` streaming, with `body` merged over `{message}`. */
export function createTeammateRun(base: string, message: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<SseConnection> {
  return streamPost(`${base}/runs/`, { message, ...body }, headers);
}

/** The run id of the stream's `metadata` frame. */
export function runIdOf(events: readonly EventSourceMessage[]): number {
  return decodeTeammateFrames(events)[0]?.payload.run_id as number;
}

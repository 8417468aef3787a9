import type { SseStream } from '../openSseStream';
import type { BoostedFraming } from '../SimulatorOptions';
import type { BoostedSubscriber } from './BoostedThread';
import { encodeBoostedFrame } from './encodeBoostedFrame';

/** A thread's subscriber on an SSE stream (`GET /v2/threads/stream/{id}`), in the given framing. */
export function createSseSubscriber(stream: SseStream, framing: BoostedFraming): BoostedSubscriber {
  return {
    send: (frame) => stream.write(encodeBoostedFrame(frame, framing)),
    sendMalformed: (text) => stream.write(`${text}\n\n`),
    end: () => stream.end(),
  };
}

import type { Scheduler } from '../../createScheduler';
import { faultDefaults } from '../../faults/Fault';
import type { BoostedSubscriber } from '../BoostedThread';
import type { StreamThreadEventsResponse } from './gen/boosted/thread/v1/thread_service_pb';
import type { GrpcStreamFault } from './takeGrpcFault';
import { keepaliveResponse, toThreadEventsResponse, unknownPayloadResponse } from './toThreadEventsResponse';

/** Options of {@link createGrpcSubscriber}. */
export interface GrpcSubscriberOptions {
  threadId: string;
  /** Interval of keepalives in ms; 0 sends only the first. */
  heartbeatMs: number;
  /** The call's signal: the subscriber ends when the call does. */
  signal: AbortSignal;
  scheduler: Scheduler;
  fault: GrpcStreamFault | undefined;
  /** Breaks the call's connection (its HTTP/2 stream, or its HTTP/1.1 socket), as a failing network would. */
  reset(): void;
}

/** A thread's subscriber on a gRPC call: what is sent to it is queued for the call's response stream. */
export interface GrpcSubscriber extends BoostedSubscriber {
  responses(): AsyncGenerator<StreamThreadEventsResponse>;
}

/**
 * A subscriber whose responses start with a keepalive, which tells the client the call is
 * subscribed, and carry another every `heartbeatMs`. Frames are counted for the stream fault:
 * `drop-mid-frame` resets the connection instead of sending frame `after`, and `stall` sends
 * nothing, keepalives included, for its duration before it.
 */
export function createGrpcSubscriber(options: GrpcSubscriberOptions): GrpcSubscriber {
  const { threadId, fault } = options;
  const after = fault?.after ?? faultDefaults.after;
  const queue: StreamThreadEventsResponse[] = [keepaliveResponse(threadId)];
  let wake: (() => void) | null = null;
  let ended = false;
  let stalled = false;

  const push = (response: StreamThreadEventsResponse) => {
    if (ended) return;
    queue.push(response);
    wake?.();
  };
  const beat = () => {
    if (!stalled) push(keepaliveResponse(threadId));
  };
  const heartbeat = options.heartbeatMs > 0 ? setInterval(beat, options.heartbeatMs) : undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    if (heartbeat !== undefined) clearInterval(heartbeat);
    wake?.();
  };
  options.signal.addEventListener('abort', end, { once: true });

  async function* responses(): AsyncGenerator<StreamThreadEventsResponse> {
    let frames = 0;
    let struck = false;
    let sent = 0;
    try {
      for (;;) {
        while (queue.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const next = queue.shift();
        // Ended, and everything sent before the end is out.
        if (next === undefined || options.signal.aborted) return;
        if (fault?.name === 'drop-mid-frame' && next.threadData && frames === after) {
          options.reset();
          return;
        }
        if (fault?.name === 'stall' && !struck && sent > 0 && frames === after) {
          struck = true;
          stalled = true;
          const outcome = await options.scheduler.wait(fault.durationMs ?? faultDefaults.durationMs, options.signal);
          stalled = false;
          if (outcome !== 'elapsed') return;
        }
        if (next.threadData) frames += 1;
        sent += 1;
        yield next;
      }
    } finally {
      end();
    }
  }

  return {
    send(frame) {
      const response = toThreadEventsResponse(threadId, frame);
      if (response) push(response);
    },
    sendMalformed: (text) => push(unknownPayloadResponse(threadId, text)),
    end,
    responses,
  };
}

import type { Scheduler } from '../createScheduler';
import type { SseTap, SseWire } from '../openSseStream';
import { cutInsideCharacter } from './cutInsideCharacter';
import type { StreamFault } from './Fault';
import { faultDefaults } from './Fault';
import { formatGarbage } from './formatGarbage';
import { insertInvalidUtf8 } from './insertInvalidUtf8';
import { padDataValue } from './padDataValue';

/** The stream faults that act on a connection's bytes (a duplicate is sent by the dialect instead). */
export type TapFault = Exclude<StreamFault, { name: 'duplicate-after-reconnect' }>;

/**
 * Creates the {@link SseTap} of a stream fault, for `openSseStream`'s `tap` option. It counts
 * the connection's frames and strikes once, at the frame after the first `after` (the first such
 * frame with a JSON object for `oversize-frame`); a stall is timed by `scheduler`, so closing
 * the simulator ends it.
 */
export function createFaultTap(fault: TapFault, scheduler: Scheduler): (wire: SseWire) => SseTap {
  return (wire) => {
    const after = fault.after ?? faultDefaults.after;
    let frames = 0;
    let struck = false;
    let dropped = false;
    let held: string | undefined;
    let stalled: string[] | undefined;
    let endWhenResumed = false;

    const drop = (bytes: Uint8Array) => {
      dropped = true;
      wire.write(bytes, () => wire.destroy());
    };

    const stall = () => {
      struck = true;
      stalled = [];
      const durationMs = fault.name === 'stall' ? (fault.durationMs ?? faultDefaults.durationMs) : 0;
      void scheduler.wait(durationMs, wire.signal).then((outcome) => {
        const queued = stalled ?? [];
        stalled = undefined;
        if (outcome === 'aborted') return;
        for (const frame of queued) wire.write(frame);
        if (endWhenResumed) wire.end();
      });
    };

    // Returns false when this frame cannot carry the fault, so the next one is tried.
    const strike = (frame: string): boolean => {
      switch (fault.name) {
        case 'drop-mid-frame': {
          const bytes = Buffer.from(frame, 'utf8');
          drop(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))));
          return true;
        }
        case 'drop-mid-utf8': {
          drop(cutInsideCharacter(frame));
          return true;
        }
        case 'garbage': {
          wire.write(formatGarbage(frame));
          wire.write(frame);
          return true;
        }
        case 'invalid-utf8': {
          wire.write(insertInvalidUtf8(frame));
          return true;
        }
        case 'oversize-frame': {
          const padded = padDataValue(frame, fault.bytes ?? faultDefaults.bytes);
          if (padded !== undefined) wire.write(padded);
          return padded !== undefined;
        }
        case 'out-of-order': {
          held = frame;
          return true;
        }
        case 'stall': {
          return false;
        }
        default: {
          fault satisfies never;
          return false;
        }
      }
    };

    if (fault.name === 'stall' && after === 0) stall();

    return {
      frame(text) {
        if (dropped) return;
        if (stalled) {
          stalled.push(text);
          return;
        }
        const index = frames++;
        if (held !== undefined) {
          wire.write(text);
          wire.write(held);
          held = undefined;
          return;
        }
        if (!struck && index >= after && strike(text)) {
          struck = true;
          return;
        }
        wire.write(text);
        if (fault.name === 'stall' && !struck && index === after - 1) stall();
      },
      heartbeat(text) {
        if (!dropped && !stalled) wire.write(text);
      },
      end() {
        if (dropped) return;
        if (stalled) {
          endWhenResumed = true;
          return;
        }
        if (held !== undefined) wire.write(held);
        wire.end();
      },
    };
  };
}

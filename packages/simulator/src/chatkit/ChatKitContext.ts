import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { FaultLedger } from '../faults/createFaultLedger';
import type { SseTap, SseWire } from '../openSseStream';
import type { ChatKitThreadRecord } from './ChatKitThreadRecord';
import type { ChatKitSession } from './createChatKitSession';

/** Settings the ChatKit dialect reads, already defaulted. */
export interface ChatKitSettings {
  delayMs: number;
  scheduler: Scheduler;
  /** How often each fault has struck each thread or run. */
  faults: FaultLedger;
}

/** What a ChatKit request handler gets. */
export interface ChatKitContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  /** Threads in creation order. */
  threads: Map<string, ChatKitThreadRecord>;
  /** Open streaming responses, ended when the simulator closes. */
  sessions: Set<ChatKitSession>;
  settings: ChatKitSettings;
  /** The `<name>` of a `/chatkit/scenario/<name>` path, already checked to exist. */
  pinnedScenario: string | undefined;
  /** Applies the request's fault to its stream, once `streamChatKitRequest` has taken it. */
  tap?: (wire: SseWire) => SseTap;
}

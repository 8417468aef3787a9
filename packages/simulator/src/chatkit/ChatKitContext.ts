import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { ChatKitThreadRecord } from './ChatKitThreadRecord';
import type { ChatKitSession } from './createChatKitSession';

/** Settings the ChatKit dialect reads, already defaulted. */
export interface ChatKitSettings {
  delayMs: number;
  scheduler: Scheduler;
}

/** What a ChatKit request handler gets. */
export interface ChatKitContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** Threads in creation order. */
  threads: Map<string, ChatKitThreadRecord>;
  /** Open streaming responses, ended when the simulator closes. */
  sessions: Set<ChatKitSession>;
  settings: ChatKitSettings;
  /** The `<name>` of a `/chatkit/scenario/<name>` path, already checked to exist. */
  pinnedScenario: string | undefined;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { FaultLedger } from '../faults/createFaultLedger';
import type { AssistantsRun } from './AssistantsRun';
import type { AssistantsThread } from './AssistantsThread';

/** Settings the Assistants dialect reads, already defaulted. */
export interface AssistantsSettings {
  delayMs: number;
  scheduler: Scheduler;
  /** How often each fault has struck each thread or run. */
  faults: FaultLedger;
}

/** What an Assistants route handler gets for one request. */
export interface AssistantsContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  threads: Map<string, AssistantsThread>;
  runs: Map<string, AssistantsRun>;
  settings: AssistantsSettings;
  /** The `<name>` of a `/assistants/scenario/<name>/...` path, already checked to exist. */
  pinnedScenario: string | undefined;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { FaultLedger } from '../faults/createFaultLedger';
import type { BoostedFraming } from '../SimulatorOptions';
import type { BoostedThread } from './BoostedThread';

/** Settings the Boosted dialect reads, already defaulted. */
export interface BoostedSettings {
  delayMs: number;
  framing: BoostedFraming;
  heartbeatMs: number;
  scheduler: Scheduler;
  /** How often each fault has struck each thread or run. */
  faults: FaultLedger;
  /** The bearer token every gRPC call must carry, when the simulator has one. */
  token?: string;
}

/** What a Boosted route handler gets for one request. */
export interface BoostedContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  threads: Map<string, BoostedThread>;
  settings: BoostedSettings;
  /** The `<name>` of a `/boosted/scenario/<name>/...` path, already checked to exist. */
  pinnedScenario: string | undefined;
}

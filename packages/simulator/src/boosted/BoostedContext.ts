import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { BoostedFraming } from '../SimulatorOptions';
import type { BoostedThread } from './BoostedThread';

/** Settings the Boosted dialect reads, already defaulted. */
export interface BoostedSettings {
  delayMs: number;
  framing: BoostedFraming;
  heartbeatMs: number;
  scheduler: Scheduler;
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

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { FaultLedger } from '../faults/createFaultLedger';
import type { TeammateRun } from './TeammateRun';

/** Settings the Teammate dialect reads, already defaulted. */
export interface TeammateSettings {
  delayMs: number;
  heartbeatMs: number;
  scheduler: Scheduler;
  /** How often each fault has struck each thread or run. */
  faults: FaultLedger;
}

/** The dialect's runs, by id, and the next id to give out. */
export interface TeammateRuns {
  byId: Map<number, TeammateRun>;
  nextId: number;
}

/** What a Teammate route handler gets for one request. */
export interface TeammateContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  runs: TeammateRuns;
  settings: TeammateSettings;
  /** The `<name>` of a `/teammate/scenario/<name>/...` path, already checked to exist. */
  pinnedScenario: string | undefined;
}

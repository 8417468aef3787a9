import type { DialectName, HeadersOption, ThreadlineClient, ThreadState } from '@threadline/headless';
import type { OutgoingRequest } from './createFaultFetch';

/** What every cell's connection carries: headers to refresh and the fetch that adds the fault. */
export interface DriverConnection {
  headers: HeadersOption;
  fetch: typeof fetch;
}

/** A thread under way: its key in the store and the pending `send`. */
export interface StartedThread {
  key: string;
  sent: Promise<void>;
}

/** The answer the server stored for a thread, and whether its run has ended there. */
export interface ServerAnswer {
  /** Null when the server stored no answer. */
  text: string | null;
  done: boolean;
}

/** How the fault matrix drives one dialect against the simulator, through the public API only. */
export interface DialectDriver {
  dialect: DialectName;
  /** The simulator scenario every cell plays: one with citations or tool calls besides text. */
  scenario: string;
  /** A frame in the middle of the answer's text: stream faults strike the frame after it. */
  faultAfter: number;
  /** True for the requests the simulator reads a fault from in this dialect. */
  carriesFault(request: OutgoingRequest): boolean;
  /** Creates the thread's controller, attaches it and sends the question. */
  start(client: ThreadlineClient, origin: string, connection: DriverConnection): Promise<StartedThread>;
  /** Reads the answer the server stored for the thread, with fault-free requests. */
  readServerAnswer(origin: string, thread: ThreadState): Promise<ServerAnswer>;
}

/** The question every cell asks; the scenario is pinned in the base URL, so any text does. */
export const question = 'What changed this quarter?';

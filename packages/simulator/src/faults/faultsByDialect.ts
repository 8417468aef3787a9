import type { DialectName } from '../Dialect';
import type { FaultName } from './Fault';
import { faultNames } from './Fault';

// Why a dialect rejects a fault. A duplicate after a reconnect needs a stream that a client can
// re-join mid-run, as Boosted (`GET /v2/threads/stream/{id}`) and Teammate (`GET /runs/{id}/stream`) have.
const rejections: Readonly<Record<DialectName, Partial<Record<FaultName, string>>>> = {
  boosted: {},
  assistants: { 'duplicate-after-reconnect': 'an Assistants stream cannot be re-joined; after a drop, clients read the run and its messages' },
  teammate: {},
  chatkit: { 'duplicate-after-reconnect': 'a ChatKit stream cannot be re-joined; after a drop, clients reload the thread' },
};

function accepted(dialect: DialectName): readonly FaultName[] {
  return Object.freeze(faultNames.filter((name) => rejections[dialect][name] === undefined));
}

/**
 * The faults each dialect accepts, for a fault matrix to iterate over. Every fault applies to
 * every dialect except `duplicate-after-reconnect`, which Assistants and ChatKit reject because
 * their streams cannot be re-joined. A request naming a fault its dialect rejects gets a 400.
 */
export const faultsByDialect: Readonly<Record<DialectName, readonly FaultName[]>> = Object.freeze({
  boosted: accepted('boosted'),
  assistants: accepted('assistants'),
  teammate: accepted('teammate'),
  chatkit: accepted('chatkit'),
});

/** Why `dialect` rejects the fault `name`, for the 400 answer; undefined when it accepts it. */
export function explainRejectedFault(name: FaultName, dialect: DialectName): string | undefined {
  const reason = rejections[dialect][name];
  return reason === undefined ? undefined : `${name} does not apply to ${dialect}: ${reason}`;
}

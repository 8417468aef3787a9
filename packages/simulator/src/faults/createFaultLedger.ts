import type { DialectName } from '../Dialect';
import type { Fault } from './Fault';
import { formatFaultHeader } from './Fault';

/** Counts how often each fault has struck each thread or run, so a fault can be one-shot. */
export interface FaultLedger {
  /**
   * Records one strike of `fault` on `key` (a thread or run id) in `dialect` and returns true,
   * or returns false when the fault has already struck that key `times` times. Faults with
   * different parameters count apart.
   */
  claim(dialect: DialectName, key: string, fault: Fault): boolean;
}

/** Creates an empty {@link FaultLedger}; the simulator keeps one for its lifetime. */
export function createFaultLedger(): FaultLedger {
  const strikes = new Map<string, number>();
  return {
    claim(dialect, key, fault) {
      if (fault.times === undefined) return true;
      const entry = `${dialect} ${key} ${formatFaultHeader(fault)}`;
      const count = strikes.get(entry) ?? 0;
      if (count >= fault.times) return false;
      strikes.set(entry, count + 1);
      return true;
    },
  };
}

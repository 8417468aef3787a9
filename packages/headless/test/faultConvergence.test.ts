import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialectName } from '@threadline/headless';
import { answerText } from '../scripts/faults/answerText';
import { dialectDrivers } from '../scripts/faults/dialectDrivers';
import type { FaultCase } from '../scripts/faults/faultCases';
import { runFaultCell } from '../scripts/faults/runFaultCell';
import type { CellSettings } from '../scripts/faults/runFaultCell';

const settings: CellSettings = {
  delayMs: 2,
  heartbeatMs: 100,
  timeoutMs: 8_000,
  quietMs: 150,
  serverWaitMs: 2_000,
  client: { reconnectDelayMs: 10, recoveryPollMs: 50, stallTimeoutMs: 1_500 },
};

// Faults a dialect's recovery must turn back into the server's text, wherever they strike.
const faultsFor: Record<DialectName, readonly string[]> = {
  boosted: ['drop-mid-frame', 'drop-mid-utf8', 'out-of-order', 'duplicate-after-reconnect'],
  assistants: ['drop-mid-frame', 'drop-mid-utf8', 'out-of-order'],
  teammate: ['drop-mid-frame', 'drop-mid-utf8', 'out-of-order', 'duplicate-after-reconnect'],
  chatkit: ['drop-mid-frame', 'drop-mid-utf8', 'out-of-order'],
};

const anyFault = fc.constantFrom(...(Object.keys(faultsFor) as DialectName[])).chain((dialect) =>
  fc.record({
    dialect: fc.constant(dialect),
    fault: fc.constantFrom(...faultsFor[dialect]),
    after: fc.integer({ min: 1, max: 30 }),
    // How many connections in a row the fault strikes, and how many frames a re-join repeats.
    times: fc.integer({ min: 1, max: 2 }),
    count: fc.integer({ min: 1, max: 6 }),
  }),
);

// The header for the n-th request that can carry one. Frames are repeated only by a re-join,
// which needs a drop before it.
function faultHeader(fault: string, attempt: number, { after, times, count }: { after: number; times: number; count: number }): string {
  if (fault !== 'duplicate-after-reconnect') return `${fault}; after=${after}; times=${times}`;
  return attempt === 0 ? `drop-mid-frame; after=${after}; times=1` : `duplicate-after-reconnect; count=${count}; times=1`;
}

describe('recovery converges on the server', () => {
  it('ends with exactly the text the server stored, whatever drops, repeats or swaps frames and wherever', async () => {
    await fc.assert(
      fc.asyncProperty(anyFault, async ({ dialect, fault, ...where }) => {
        const faultCase: FaultCase = {
          label: fault,
          fault: null,
          header: (attempt) => faultHeader(fault, attempt, where),
          expected: ['recovered'],
          why: 'a property',
        };
        const run = await runFaultCell(dialectDrivers[dialect], faultCase, settings);
        expect(run.timedOut).toBe(false);
        // A drop before the server made the run leaves nothing on either side.
        expect(answerText(run.thread)).toBe(run.server.text ?? '');
      }),
      { numRuns: 16, seed: 20261121 },
    );
  }, 120_000);
});

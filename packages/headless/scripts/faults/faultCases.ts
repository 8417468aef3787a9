import type { DialectName, ThreadErrorKind } from '@threadline/headless';
import { formatFaultHeader } from '@threadline/simulator';
import type { Fault, FaultName } from '@threadline/simulator';
import { checkRetryAfter } from './checkRetryAfter';
import type { Outcome } from './classifyCell';
import type { RequestRecord } from './createFaultFetch';

/** What a case checks besides the thread itself. */
export interface CaseRecord {
  log: readonly RequestRecord[];
  /** When the thread settled, in ms since the cell started. */
  settledMs: number;
}

/** What a dialect expects instead of a case's default, and why. */
export interface CaseException {
  expected: readonly Outcome[];
  why: string;
}

/** One row of the fault matrix: a fault as the simulator is asked for it, and what must come of it. */
export interface FaultCase {
  /** The row's name: the fault's, with a variant when one fault has two rows. */
  label: string;
  /** The simulator's fault, to skip the dialects that reject it; null for the control row. */
  fault: FaultName | null;
  /**
   * The fault header for a cell's n-th request that can carry one (0 for the first); `after` is
   * the dialect's frame in mid-answer. Undefined sends none.
   */
  header(attempt: number, after: number): string | undefined;
  /** What the cell must end as; the first is the outcome hoped for. */
  expected: readonly Outcome[];
  why: string;
  /** Dialects that expect something else. */
  exceptions?: Partial<Record<DialectName, CaseException>>;
  /** The error kinds a clean failure must carry. */
  errorKinds?: readonly ThreadErrorKind[];
  /** The simulator's delay between frames for this row, when it needs a slower run than the others. */
  frameDelayMs?: number;
  /** Promises particular to the fault; a sentence per one broken. */
  check?(record: CaseRecord): string[];
}

/** How long a `stall` keeps the socket silent: longer than any watchdog should wait. */
export const stallMs = 8_000;

/**
 * The frame delay of the stall row: slow enough that a run is still going when a watchdog gives
 * up (as a real run would be), so a Teammate stream can still be re-joined; a finished run
 * answers the re-join 409, and `GET /runs/{id}` has only its text.
 */
const stallFrameDelayMs = 50;

// ChatKit's server keeps what it wrote when a stream breaks, and writes nothing after (chatkit-python's handle_stream_cancelled).
const chatkitKeepsPart: CaseException = {
  expected: ['recovered', 'failed cleanly'],
  why: "the server keeps only what it wrote before the stream broke: the client matches it, or says it was cut short",
};

// A 502 from a proxy does not say whether the POST reached the server (unlike a 503 or a 429).
const postMayHaveRun: CaseException = {
  expected: ['recovered', 'failed cleanly'],
  why: 'the 502 answers the POST that starts the run, which a proxy may have passed on: a blind re-send risks a second run, so a clear retryable error is as good as a recovery',
};

const once = (fault: Fault) => formatFaultHeader({ ...fault, times: 1 });

/** The fault matrix's rows, in the order of the simulator's fault table, after a control row. */
export const faultCases: readonly FaultCase[] = [
  {
    label: 'none (control)',
    fault: null,
    header: () => undefined,
    expected: ['recovered'],
    why: "the harness's own check: with no fault every dialect matches the server and the clean run",
  },
  {
    label: 'drop-mid-frame',
    fault: 'drop-mid-frame',
    header: (_attempt, after) => once({ name: 'drop-mid-frame', after }),
    expected: ['recovered'],
    why: 'a dropped connection is transient: reconnect, re-join or read the server, and show its answer once',
    exceptions: { chatkit: chatkitKeepsPart },
  },
  {
    label: 'drop-mid-utf8',
    fault: 'drop-mid-utf8',
    header: (_attempt, after) => once({ name: 'drop-mid-utf8', after }),
    expected: ['recovered'],
    why: 'as a drop; the half character must not reach the text as U+FFFD',
    exceptions: { chatkit: chatkitKeepsPart },
  },
  {
    label: 'stall',
    fault: 'stall',
    header: (_attempt, after) => once({ name: 'stall', after, durationMs: stallMs }),
    frameDelayMs: stallFrameDelayMs,
    expected: ['recovered'],
    why: `the watchdog notices the silence (a learned heartbeat, or its timeout where the dialect sends none) and recovers before the ${stallMs / 1000} s stall ends`,
    exceptions: { chatkit: chatkitKeepsPart },
    check: ({ settledMs }) => (settledMs >= stallMs ? [`waited out the ${stallMs / 1000} s stall`] : []),
  },
  {
    label: 'status-5xx',
    fault: 'status-5xx',
    header: () => once({ name: 'status-5xx' }),
    expected: ['recovered'],
    why: 'a 503 is retryable, and nothing was created: try again after a backoff',
  },
  {
    label: 'status-429',
    fault: 'status-429',
    header: () => once({ name: 'status-429', retryAfterSeconds: 1 }),
    expected: ['recovered'],
    why: 'retryable; the retry waits the Retry-After the server asked for (1 s)',
    check: ({ log }) => checkRetryAfter(log),
  },
  {
    label: 'status-401 (once)',
    fault: 'status-401',
    header: () => once({ name: 'status-401' }),
    expected: ['recovered'],
    why: 'an expired token: evaluate the headers function again and retry once',
  },
  {
    label: 'status-401 (always)',
    fault: 'status-401',
    header: () => formatFaultHeader({ name: 'status-401' }),
    expected: ['failed cleanly'],
    why: 'the server never accepts the credentials: a typed auth error, no endless retries',
    errorKinds: ['auth'],
  },
  {
    label: 'html-error',
    fault: 'html-error',
    header: () => once({ name: 'html-error' }),
    expected: ['recovered'],
    why: "a proxy's 502 page on a stream GET is transient: retry",
    exceptions: { assistants: postMayHaveRun, teammate: postMayHaveRun, chatkit: postMayHaveRun },
  },
  {
    label: 'wrong-content-type',
    fault: 'wrong-content-type',
    header: () => once({ name: 'wrong-content-type' }),
    expected: ['failed cleanly', 'recovered'],
    why: 'a 200 HTML page is a wrong URL, not a blip: a clear protocol error (a retry that works is fine too)',
    errorKinds: ['protocol'],
  },
  {
    label: 'garbage',
    fault: 'garbage',
    header: (_attempt, after) => once({ name: 'garbage', after }),
    expected: ['recovered'],
    why: 'the intact frame follows the junk: skip what does not parse and go on',
  },
  {
    label: 'invalid-utf8',
    fault: 'invalid-utf8',
    header: (_attempt, after) => once({ name: 'invalid-utf8', after }),
    expected: ['recovered', 'failed cleanly'],
    why: 'never show U+FFFD: re-read the server, or stop with a clear error keeping what came before',
  },
  {
    label: 'oversize-frame',
    fault: 'oversize-frame',
    header: (_attempt, after) => once({ name: 'oversize-frame', after }),
    expected: ['recovered', 'failed cleanly'],
    why: 'a 2 MiB frame whose value is unchanged: the same answer under the size limit, a clear error over it',
  },
  {
    label: 'duplicate-after-reconnect',
    fault: 'duplicate-after-reconnect',
    // The re-join that repeats frames needs a drop before it.
    header: (attempt, after) => (attempt === 0 ? once({ name: 'drop-mid-frame', after }) : once({ name: 'duplicate-after-reconnect' })),
    expected: ['recovered'],
    why: 'frames sent again on the re-joined stream are shown once',
  },
  {
    label: 'out-of-order',
    fault: 'out-of-order',
    header: (_attempt, after) => once({ name: 'out-of-order', after }),
    expected: ['recovered'],
    why: "a delta before its start, or two deltas swapped: the message's final form (done/completed frame, or the server) puts it right",
  },
];

/** What a dialect must get from a case. */
export function expectationFor(faultCase: FaultCase, dialect: DialectName): CaseException {
  return faultCase.exceptions?.[dialect] ?? { expected: faultCase.expected, why: faultCase.why };
}

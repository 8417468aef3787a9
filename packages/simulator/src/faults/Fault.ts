/**
 * How many requests of one key a fault strikes (see {@link faultHeader}); every one when absent.
 * A fault that cannot strike a request (a stream fault on a JSON answer, a duplicate on a first
 * connection) does not use one up.
 */
interface Repeated {
  times?: number;
}

/** Where a stream fault strikes: after this many frames of the connection (default 5). */
interface AfterFrames {
  after?: number;
}

/**
 * A fault the simulator injects into one request, chosen by the {@link faultHeader} header or the
 * {@link faultQueryParameter} query parameter. Frames are counted per connection and include
 * replayed history; heartbeats are not frames.
 */
export type Fault =
  /** Destroys the socket halfway through the bytes of the frame after the first `after`. */
  | ({ name: 'drop-mid-frame' } & AfterFrames & Repeated)
  /**
   * Destroys the socket inside a multi-byte UTF-8 character of the frame after the first
   * `after`: its first one, or, in a frame of ASCII only, an "é" written where its last string
   * value starts.
   */
  | ({ name: 'drop-mid-utf8' } & AfterFrames & Repeated)
  /** Writes nothing, heartbeats included, for `durationMs` (default 10000) after the first `after` frames, with the socket open. */
  | ({ name: 'stall'; durationMs?: number } & AfterFrames & Repeated)
  /** Answers `status` (default 503) with a JSON `{"detail"}` body, and `Retry-After` when given. */
  | ({ name: 'status-5xx'; status?: number; retryAfterSeconds?: number } & Repeated)
  /** Answers 429 with `Retry-After: retryAfterSeconds` (default 1) and a JSON `{"detail"}` body. */
  | ({ name: 'status-429'; retryAfterSeconds?: number } & Repeated)
  /** Answers 401 `{"detail":"Not authenticated"}` with `WWW-Authenticate: Bearer`. */
  | ({ name: 'status-401' } & Repeated)
  /** Answers 502 with a proxy's `text/html` error page. */
  | ({ name: 'html-error' } & Repeated)
  /** Answers 200 with a `text/html` page instead of an event stream. */
  | ({ name: 'wrong-content-type' } & Repeated)
  /**
   * Before the frame after the first `after`: lines that are not SSE, then a copy of that frame
   * whose data line is cut in half (malformed JSON); the frame itself follows intact.
   */
  | ({ name: 'garbage' } & AfterFrames & Repeated)
  /** Puts invalid UTF-8 bytes in the data line of the frame after the first `after`, where its last string value starts. */
  | ({ name: 'invalid-utf8' } & AfterFrames & Repeated)
  /**
   * Pads the first JSON object data line from frame `after` on with JSON whitespace to `bytes`
   * (default 2 MiB), so its value is unchanged but the frame is oversize.
   */
  | ({ name: 'oversize-frame'; bytes?: number } & AfterFrames & Repeated)
  /** On a stream that re-joins a run, sends the run's last `count` (default 3) frames again. */
  | ({ name: 'duplicate-after-reconnect'; count?: number } & Repeated)
  /** Swaps the frame after the first `after` with the one after it. */
  | ({ name: 'out-of-order' } & AfterFrames & Repeated);

/** The kebab-case name of a {@link Fault}. */
export type FaultName = Fault['name'];

/** A fault that answers the request instead of the stream. */
export type ResponseFault = Extract<Fault, { name: 'status-5xx' | 'status-429' | 'status-401' | 'html-error' | 'wrong-content-type' }>;

/** A fault that changes the bytes of a stream. */
export type StreamFault = Exclude<Fault, ResponseFault>;

/**
 * The request header that chooses a {@link Fault}: a name, then `;`-separated parameters, e.g.
 * `x-simulator-fault: drop-mid-frame; after=5; times=1`.
 */
export const faultHeader = 'x-simulator-fault';

/** The query parameter read when the {@link faultHeader} header is absent, e.g. `?fault=stall;duration-ms=2000`. */
export const faultQueryParameter = 'fault';

/** The value a fault uses for a parameter it was not given. */
export const faultDefaults = Object.freeze({
  after: 5,
  durationMs: 10_000,
  bytes: 2 * 1024 * 1024,
  status: 503,
  retryAfterSeconds: 1,
  count: 3,
});

/** One header parameter: the {@link Fault} field it sets and the integers it accepts. */
export interface FaultParameter {
  field: 'after' | 'times' | 'durationMs' | 'bytes' | 'status' | 'retryAfterSeconds' | 'count';
  min: number;
  max: number;
}

/** The header parameters by name. */
export const faultParameters: Readonly<Record<string, FaultParameter>> = {
  after: { field: 'after', min: 0, max: Number.MAX_SAFE_INTEGER },
  times: { field: 'times', min: 1, max: Number.MAX_SAFE_INTEGER },
  'duration-ms': { field: 'durationMs', min: 1, max: 600_000 },
  // A cap, so a typo cannot make the simulator allocate gigabytes.
  bytes: { field: 'bytes', min: 1, max: 64 * 1024 * 1024 },
  status: { field: 'status', min: 500, max: 599 },
  'retry-after': { field: 'retryAfterSeconds', min: 0, max: 86_400 },
  count: { field: 'count', min: 1, max: Number.MAX_SAFE_INTEGER },
};

/** The header parameters each fault takes. */
export const parametersByFault: Readonly<Record<FaultName, readonly string[]>> = {
  'drop-mid-frame': ['after', 'times'],
  'drop-mid-utf8': ['after', 'times'],
  stall: ['after', 'duration-ms', 'times'],
  'status-5xx': ['status', 'retry-after', 'times'],
  'status-429': ['retry-after', 'times'],
  'status-401': ['times'],
  'html-error': ['times'],
  'wrong-content-type': ['times'],
  garbage: ['after', 'times'],
  'invalid-utf8': ['after', 'times'],
  'oversize-frame': ['after', 'bytes', 'times'],
  'duplicate-after-reconnect': ['count', 'times'],
  'out-of-order': ['after', 'times'],
};

/** Every fault name, in the order of the README table. */
export const faultNames: readonly FaultName[] = Object.freeze(Object.keys(parametersByFault) as FaultName[]);

const responseFaultNames: ReadonlySet<FaultName> = new Set(['status-5xx', 'status-429', 'status-401', 'html-error', 'wrong-content-type']);

/** True for the faults that answer the request instead of the stream. */
export function isResponseFault(fault: Fault): fault is ResponseFault {
  return responseFaultNames.has(fault.name);
}

/** Formats a {@link Fault} as the value of the {@link faultHeader} header (or the query parameter). */
export function formatFaultHeader(fault: Fault): string {
  const fields = fault as Partial<Record<FaultParameter['field'], number>>;
  const parameters = parametersByFault[fault.name].flatMap((name) => {
    const field = faultParameters[name]?.field;
    const value = field === undefined ? undefined : fields[field];
    return value === undefined ? [] : [`${name}=${value}`];
  });
  return [fault.name, ...parameters].join('; ');
}

import { faultHeader } from '@threadline/simulator';

/** One request a cell's client made, as the fault matrix logs it. */
export interface RequestRecord {
  /** When it was sent, in ms since the cell started. */
  atMs: number;
  method: string;
  /** The URL's path and query, without the simulator's origin. */
  path: string;
  /** Whether the simulator reads a fault from this request (see {@link FaultFetchOptions.carriesFault}). */
  faultable: boolean;
  /** The fault header it carried. */
  fault: string | null;
  /** The answer's status; null when none came. */
  status: number | null;
  retryAfter: string | null;
  /** Why no answer came. */
  error: string | null;
}

/** A request as {@link FaultFetchOptions.carriesFault} sees it. */
export interface OutgoingRequest {
  method: string;
  url: URL;
  /** The body when it is text (JSON), else null. */
  body: string | null;
}

/** Options for {@link createFaultFetch}. */
export interface FaultFetchOptions {
  /** True for the requests the simulator reads a fault from in this dialect. */
  carriesFault(request: OutgoingRequest): boolean;
  /** The fault header for the n-th request that carries one (0 for the first); undefined sends none. */
  header(attempt: number): string | undefined;
  /** Receives every request once its answer (or failure) is known. */
  onRequest(record: RequestRecord): void;
  startedAt: number;
}

/**
 * A `fetch` for a cell's client (the public `fetch` connection option): it adds the fault header
 * to the requests that can carry one, and logs every request with its answer's status, so a
 * verdict can say what the client asked and when.
 */
export function createFaultFetch(options: FaultFetchOptions): typeof fetch {
  let attempts = 0;
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const body = typeof init?.body === 'string' ? init.body : null;
    const faultable = options.carriesFault({ method, url, body });
    const fault = faultable ? (options.header(attempts++) ?? null) : null;
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    if (fault !== null) headers.set(faultHeader, fault);
    const record: RequestRecord = { atMs: Math.round(performance.now() - options.startedAt), method, path: `${url.pathname}${url.search}`, faultable, fault, status: null, retryAfter: null, error: null };
    try {
      const response = await fetch(input, { ...init, headers });
      record.status = response.status;
      record.retryAfter = response.headers.get('retry-after');
      return response;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      options.onRequest(record);
    }
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';

/** The name of a wire dialect, which is also its path prefix without the slash. */
export type DialectName = 'boosted' | 'assistants' | 'teammate' | 'chatkit';

/** One request routed to a dialect, with the dialect's path prefix removed. */
export interface DialectRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The path below the dialect prefix, starting with `/` (for example `/v2/threads`). */
  path: string;
  query: URLSearchParams;
}

/** A wire dialect mounted under its own path prefix (for example `/boosted`). */
export interface Dialect {
  /** The path prefix this dialect owns, without a trailing slash. */
  prefix: string;
  /** Answers the request and resolves true, or resolves false when no route matches. */
  handle(request: DialectRequest): Promise<boolean>;
  /** Ends the dialect's open streams. */
  close(): void;
}

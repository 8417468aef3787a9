/**
 * What failed:
 * - `network`: the connection could not be made or broke;
 * - `http`: the server answered with an error status;
 * - `protocol`: the bytes were not what the dialect promises (malformed frame, wrong content type);
 * - `server`: the server reported an error inside the stream;
 * - `aborted`: the client stopped the request;
 * - `timeout`: nothing arrived in time;
 * - `auth`: the credentials were refused.
 */
export type ThreadErrorKind = 'network' | 'http' | 'protocol' | 'server' | 'aborted' | 'timeout' | 'auth';

/** An error recorded on a thread. */
export interface ThreadError {
  /** A sentence for a person. */
  message: string;
  /** The server's own error code when it sends one, else null. */
  code: string | null;
  kind: ThreadErrorKind;
  /** Whether trying again may succeed. */
  retryable: boolean;
}

/** How every stream a client opens is read: the limits and the stall deadline. */
export interface SseReadOptions {
  /**
   * How long a stream may send nothing before it is `stalled`, until the server's heartbeat
   * (its SSE comments) is learned, in ms (default 45,000; 0 never). A stream still silent after
   * twice that fails with a retryable `timeout`.
   */
  stallTimeoutMs?: number;
  /** The most bytes one frame may take (default 8 MiB): a longer one fails the stream as `protocol`. */
  maxFrameBytes?: number;
}

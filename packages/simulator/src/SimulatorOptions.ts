/** How Boosted SSE frames name their event. */
export type BoostedFraming = 'key' | 'event';

/** Options shared by {@link createSimulator} and {@link startSimulator}. */
export interface SimulatorOptions {
  /** Delay between streamed frames in ms (default 30). Tests pass 0 or 1. */
  delayMs?: number;
  /** If set, every request must carry `Authorization: Bearer <token>`; otherwise 401 JSON `{"detail":"Not authenticated"}`. */
  token?: string;
  /**
   * Boosted SSE framing: 'key' = data-only JSON whose single top-level key is the event name
   * (default, like the fixtures); 'event' = an `event: <name>` line plus `data:` with the inner
   * object. A stream URL query `?framing=event|key` overrides per connection.
   */
  boostedFraming?: BoostedFraming;
  /**
   * Interval of stream heartbeats in ms (default 15000; 0 disables): `: keep-alive` comments on
   * Boosted streams, alternating `{"type": "keep-alive"}` frames and comments on Teammate streams.
   * Assistants and ChatKit streams carry none, like the real services.
   */
  heartbeatMs?: number;
}

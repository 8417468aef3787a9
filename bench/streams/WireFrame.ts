/** One SSE frame to serialize: the `event:` line (none when undefined) and the `data:` payload, one line. */
export interface WireFrame {
  event?: string;
  data: string;
}

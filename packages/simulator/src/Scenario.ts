/**
 * A scripted answer: plain data that a dialect's runner turns into wire frames.
 * Each dialect defines its own step union.
 */
export interface Scenario<Step> {
  /** The name used for pinning (`/scenario/<name>/...`, `x-simulator-scenario`). */
  name: string;
  /** One line on what a client should see. */
  description: string;
  steps: readonly Step[];
  /**
   * Multiplies the simulator's `delayMs` between this scenario's frames (default 1). The
   * `cancel` scenarios of the Assistants, Teammate and ChatKit dialects pace slowly, so a client
   * has time to cancel mid-stream.
   */
  paceFactor?: number;
}

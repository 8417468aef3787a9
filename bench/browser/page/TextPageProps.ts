import type { UIMessage } from 'ai';
import type { BenchProbe } from './createBenchProbe';

/** Props of the context pages that show the stream as text (`PlainTextApp`, `NewestTextApp`). */
export interface TextPageProps {
  probe: BenchProbe;
  /** The `x-simulator-pacing` header the bench server paces `/api/chat` by. */
  pacing: string;
  /** Shown from the start, each as one paragraph of plain text (below the newest text on its page). */
  earlier: readonly UIMessage[];
  /** The least time between two renders, as the store's `throttleMs` (the same on Threadline's page). */
  throttleMs: number;
}

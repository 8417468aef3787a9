import type { UIMessage } from 'ai';
import { useEffect, useState } from 'react';
import { MarkdownText } from '@threadline/ui';
import type { BenchProbe } from './createBenchProbe';
import { textOfMessage } from './textOfMessage';

/** Props of {@link FloorApp}. */
export interface FloorAppProps {
  probe: BenchProbe;
  /** The `x-simulator-pacing` header: `/api/answer` cuts the answer the way the streams do. */
  pacing: string;
  /** Shown from the start, each through `MarkdownText`. */
  earlier: readonly UIMessage[];
}

/**
 * The floor: no stream. `start()` fetches the final answer whole and Threadline's `MarkdownText`
 * renders it once, statically.
 */
export function FloorApp({ probe, pacing, earlier }: FloorAppProps) {
  const [answer, setAnswer] = useState<string | null>(null);
  useEffect(() => {
    probe.setTrigger(() => {
      void fetch('/api/answer', { headers: { 'x-simulator-pacing': pacing } })
        .then((response) => response.text())
        .then(setAnswer);
    });
    probe.markReady();
  }, [pacing, probe]);
  return (
    <div>
      {earlier.map((message) => (
        <MarkdownText key={message.id} text={textOfMessage(message)} />
      ))}
      {answer === null ? null : <MarkdownText text={answer} />}
    </div>
  );
}

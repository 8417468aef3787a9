import { useEffect, useState } from 'react';
import type { BenchProbe } from './createBenchProbe';

/** Props of {@link NetworkApp}. */
export interface NetworkAppProps {
  probe: BenchProbe;
  /** The `x-simulator-pacing` header the bench server paces `/api/chat` by. */
  pacing: string;
  firstWord: string;
  lastWord: string;
}

/**
 * The cost of receiving the stream and nothing else: `/api/chat`'s paced stream read with
 * `fetch`, each chunk decoded to text and dropped. Only the first and the last word are shown
 * (as the probe needs), so what it measures is the browser's work per network chunk, which
 * every streaming contender pays on top of its own.
 */
export function NetworkApp({ probe, pacing, firstWord, lastWord }: NetworkAppProps) {
  const [shown, setShown] = useState('');
  useEffect(() => {
    probe.setTrigger(() => {
      void (async () => {
        const response = await fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', 'x-simulator-pacing': pacing }, body: '{"messages":[]}' });
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        let tail = '';
        let first = false;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          // A word split across two chunks is still found: keep the end of the previous chunk.
          tail = tail.slice(-64) + value;
          if (!first && tail.includes(firstWord)) {
            first = true;
            setShown(firstWord);
          }
          if (tail.includes(lastWord)) setShown(`${firstWord} … ${lastWord}`);
        }
      })();
    });
    probe.markReady();
  }, [probe, pacing, firstWord, lastWord]);
  return <p>{shown}</p>;
}

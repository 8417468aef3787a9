import { useEffect, useRef } from 'react';
import type { ThreadItem } from '@threadline/headless';
import { useThreadStream } from '@threadline/headless/react';
import { Thread } from '@threadline/ui';
import type { BenchProbe } from './createBenchProbe';
import { countingMessageComponents, startCountingSettledRenders } from './countingMessageComponents';

/** Which scenario a Boosted request plays, and at what pace; read per request by the connection. */
const requestHeaders: Record<string, string> = {};
const readHeaders = () => requestHeaders;

/** Props of {@link ThreadlineApp}. */
export interface ThreadlineAppProps {
  probe: BenchProbe;
  /** The Boosted thread, already created on the simulator. */
  threadId: string;
  question: string;
  /** The `x-simulator-pacing` header of the answer's request. */
  pacing: string;
  /** Plays the simulator's `thousand-messages` scenario before the page is ready. */
  earlier: boolean;
  /** The answer's first word: the frame carrying it marks the first token's arrival. */
  firstWord: string;
}

/**
 * Threadline's real path: the simulator's Boosted stream through `useThreadStream` (transport,
 * decoder, reducer, store) into `Thread.Root`, `Thread.Viewport` and `Thread.Messages`.
 */
export function ThreadlineApp({ probe, threadId, question, pacing, earlier, firstWord }: ThreadlineAppProps) {
  const stream = useThreadStream(threadId, {
    dialect: 'boosted',
    baseUrl: `${window.location.origin}/boosted`,
    headers: readHeaders,
    onFrame: (frame) => {
      if (frame.data.includes(firstWord)) probe.markFirstWordArrived();
    },
  });
  const { send, status, connection, items } = stream;
  const latestItems = useRef<readonly ThreadItem[]>(items);
  useEffect(() => {
    latestItems.current = items;
  });

  useEffect(() => {
    probe.setTrigger(() => {
      startCountingSettledRenders(latestItems.current, probe);
      requestHeaders['x-simulator-scenario'] = 'long-answer';
      requestHeaders['x-simulator-pacing'] = pacing;
      void send(question);
    });
  });

  const loading = useRef<'idle' | 'loading' | 'ready'>('idle');
  useEffect(() => {
    if (connection !== 'open' || loading.current === 'ready') return;
    if (!earlier) {
      loading.current = 'ready';
      probe.markReady();
    } else if (loading.current === 'idle') {
      loading.current = 'loading';
      requestHeaders['x-simulator-scenario'] = 'thousand-messages';
      void send('Load a thread of a thousand messages');
    } else if (status === 'complete') {
      loading.current = 'ready';
      probe.markReady();
    }
  }, [connection, earlier, probe, send, status]);

  return (
    <Thread.Root threadId={threadId} items={items} status={status} error={stream.error} style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Thread.Viewport aria-label="Thread" style={{ flex: '1 1 auto', minHeight: 0 }}>
        <Thread.Messages components={countingMessageComponents} />
      </Thread.Viewport>
    </Thread.Root>
  );
}
